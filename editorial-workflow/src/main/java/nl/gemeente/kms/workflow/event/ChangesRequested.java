package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;

/** A reviewer sent the version back to its author; {@code comment} says what to change. */
public record ChangesRequested(long articleId, int versionNumber, Instant at, String actor,
                               String comment) implements ArticleEvent {

    public ChangesRequested {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(comment, "comment");
    }
}
