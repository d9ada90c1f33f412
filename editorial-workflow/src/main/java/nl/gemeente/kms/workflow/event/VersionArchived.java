package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;

/** A version was withdrawn; {@code reason} says why. */
public record VersionArchived(long articleId, int versionNumber, Instant at, String actor,
                              String reason) implements ArticleEvent {

    public VersionArchived {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
