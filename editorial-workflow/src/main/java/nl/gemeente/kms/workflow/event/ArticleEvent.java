package nl.gemeente.kms.workflow.event;

import java.time.Instant;
import java.util.Objects;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.TransitionOutcome;

/**
 * Something that happened to a version of an article, for notifications, the search index and the
 * audit trail. Every {@link nl.gemeente.kms.workflow.Transition} has exactly one event; ACTIVATE
 * counts as a publication, so consumers of {@link VersionPublished} need not care whether an
 * editor or the scheduler put the version live.
 */
public sealed interface ArticleEvent
        permits VersionSubmitted, ChangesRequested, VersionApproved, VersionPublished, VersionScheduled,
                VersionUnscheduled, VersionSuperseded, VersionArchived, VersionExpired {

    long articleId();

    int versionNumber();

    Instant at();

    /** Username of who took the step; {@code "system"} for the scheduler. */
    String actor();

    /**
     * The event for an accepted transition.
     *
     * @param content         the version's content; needed only for PUBLISH, ACTIVATE (change level,
     *                        summary, valid-from) and SCHEDULE (valid-from), may be null otherwise
     * @param previousVersion for PUBLISH and ACTIVATE the number of the version being superseded,
     *                        or null; ignored otherwise
     */
    static ArticleEvent of(long articleId, int versionNumber, TransitionOutcome outcome,
                           ArticleContent content, Integer previousVersion) {
        Objects.requireNonNull(outcome, "outcome");
        Instant at = outcome.at();
        String actor = outcome.actor();
        String comment = outcome.comment();
        return switch (outcome.transition()) {
            case SUBMIT -> new VersionSubmitted(articleId, versionNumber, at, actor, comment);
            case REQUEST_CHANGES -> new ChangesRequested(articleId, versionNumber, at, actor, comment);
            case APPROVE -> new VersionApproved(articleId, versionNumber, at, actor, comment);
            case PUBLISH, ACTIVATE -> {
                Objects.requireNonNull(content, "content");
                yield new VersionPublished(articleId, versionNumber, at, actor, content.changeLevel(),
                        content.changeSummary(), content.validFrom(), previousVersion);
            }
            case SCHEDULE -> new VersionScheduled(articleId, versionNumber, at, actor,
                    Objects.requireNonNull(content, "content").validFrom());
            case UNSCHEDULE -> new VersionUnscheduled(articleId, versionNumber, at, actor);
            case SUPERSEDE -> new VersionSuperseded(articleId, versionNumber, at, actor);
            case ARCHIVE -> new VersionArchived(articleId, versionNumber, at, actor, comment, outcome.from());
            case EXPIRE -> new VersionExpired(articleId, versionNumber, at, actor);
        };
    }
}
