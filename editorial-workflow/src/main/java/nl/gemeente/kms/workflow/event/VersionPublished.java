package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.gemeente.kms.workflow.ChangeLevel;

/**
 * A version went live, published by an editor or activated by the scheduler on its valid-from
 * date. Agents are notified of {@link ChangeLevel#MAJOR} changes.
 *
 * @param validFrom       the version's valid-from date, or null when valid immediately
 * @param previousVersion the number of the version it replaces, or null for a first publication
 */
public record VersionPublished(long articleId, int versionNumber, Instant at, String actor,
                               ChangeLevel changeLevel, String changeSummary, LocalDate validFrom,
                               Integer previousVersion) implements ArticleEvent {

    public VersionPublished {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(changeLevel, "changeLevel");
    }
}
