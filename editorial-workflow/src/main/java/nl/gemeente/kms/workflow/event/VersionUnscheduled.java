package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;

/** A scheduled version was taken back to APPROVED before it went live. */
public record VersionUnscheduled(long articleId, int versionNumber, Instant at, String actor)
        implements ArticleEvent {

    public VersionUnscheduled {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }
}
