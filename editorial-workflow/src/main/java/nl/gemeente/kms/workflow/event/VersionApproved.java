package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;

/** A reviewer approved the version; it can now be published or scheduled. */
public record VersionApproved(long articleId, int versionNumber, Instant at, String actor,
                              String comment) implements ArticleEvent {

    public VersionApproved {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }
}
