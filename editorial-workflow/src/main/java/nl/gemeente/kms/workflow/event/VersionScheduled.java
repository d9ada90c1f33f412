package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An approved version will go live on {@code validFrom}. */
public record VersionScheduled(long articleId, int versionNumber, Instant at, String actor,
                               LocalDate validFrom) implements ArticleEvent {

    public VersionScheduled {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(validFrom, "validFrom");
    }
}
