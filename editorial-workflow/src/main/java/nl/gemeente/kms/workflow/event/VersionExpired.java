package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;

/** A published version passed its valid-until date and was archived by the scheduler. */
public record VersionExpired(long articleId, int versionNumber, Instant at, String actor)
        implements ArticleEvent {

    public VersionExpired {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }
}
