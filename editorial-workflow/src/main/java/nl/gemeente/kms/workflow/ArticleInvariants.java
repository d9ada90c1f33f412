package nl.gemeente.kms.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Rules across the versions of one article: at any time it has at most one published version, at
 * most one scheduled version and at most one draft in progress (a version in DRAFT, IN_REVIEW or
 * APPROVED), so editors never work on competing drafts.
 *
 * <p>Publishing keeps the "one published" rule by replacing: when a version becomes PUBLISHED
 * (by {@link Transition#PUBLISH} or {@link Transition#ACTIVATE}), the previously published version
 * takes {@link Transition#SUPERSEDE}. The service layer applies that as {@link Actor#SYSTEM} in the
 * same transaction.
 */
public final class ArticleInvariants {

    private ArticleInvariants() {
    }

    /** Throws {@link RuleViolation} ({@code state}, {@code one-draft}) when a draft is already in progress. */
    public static void checkCanStartDraft(Collection<VersionState> existingStates) {
        if (Objects.requireNonNull(existingStates, "existingStates").stream()
                .anyMatch(ArticleInvariants::isDraftInProgress)) {
            throw new RuleViolation("state", "one-draft",
                    "the article already has a draft in progress");
        }
    }

    /** Throws {@link RuleViolation} ({@code state}, {@code one-scheduled}) when a version is already scheduled. */
    public static void checkCanSchedule(Collection<VersionState> existingStates) {
        if (Objects.requireNonNull(existingStates, "existingStates").contains(VersionState.SCHEDULED)) {
            throw new RuleViolation("state", "one-scheduled",
                    "the article already has a scheduled version; unschedule it first");
        }
    }

    /**
     * What must happen to the other versions when one of them becomes PUBLISHED: {@code [SUPERSEDE]}
     * when another version is published now, otherwise nothing.
     *
     * @param otherStates the states of the article's other versions
     */
    public static List<Transition> consequencesOfPublishing(Collection<VersionState> otherStates) {
        return Objects.requireNonNull(otherStates, "otherStates").contains(VersionState.PUBLISHED)
                ? List.of(Transition.SUPERSEDE)
                : List.of();
    }

    /**
     * The versions that must take {@link Transition#SUPERSEDE} when another version of the article
     * becomes PUBLISHED: those currently published (normally exactly one, or none).
     */
    public static <S extends WorkflowSubject> List<S> versionsToSupersede(Collection<S> otherVersions) {
        return Objects.requireNonNull(otherVersions, "otherVersions").stream()
                .filter(version -> version.state() == VersionState.PUBLISHED)
                .toList();
    }

    /** DRAFT, IN_REVIEW and APPROVED versions are all "the draft in progress". */
    public static boolean isDraftInProgress(VersionState state) {
        return switch (state) {
            case DRAFT, IN_REVIEW, APPROVED -> true;
            case SCHEDULED, PUBLISHED, SUPERSEDED, ARCHIVED -> false;
        };
    }
}
