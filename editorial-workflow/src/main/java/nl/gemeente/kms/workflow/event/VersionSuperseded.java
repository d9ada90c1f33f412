package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;

/** A published version was replaced by a newer publication (taken by the scheduler). */
public record VersionSuperseded(long articleId, int versionNumber, Instant at, String actor)
        implements ArticleEvent {

    public VersionSuperseded {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }
}
