package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;

/** A draft was submitted for review. */
public record VersionSubmitted(long articleId, int versionNumber, Instant at, String actor,
                               String comment) implements ArticleEvent {

    public VersionSubmitted {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }
}
