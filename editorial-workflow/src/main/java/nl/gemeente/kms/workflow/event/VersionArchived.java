package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;
import nl.gemeente.kms.workflow.VersionState;

/**
 * A version was withdrawn; {@code reason} says why. {@code from} is the state it left: a live
 * version is an answer that no longer holds, a scheduled one a change that will not come, a draft
 * or approved one news to nobody outside the department.
 */
public record VersionArchived(long articleId, int versionNumber, Instant at, String actor,
                              String reason, VersionState from) implements ArticleEvent {

    public VersionArchived {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(from, "from");
    }
}
