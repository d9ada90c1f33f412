package nl.gemeente.kms.workflow;

/**
 * The life-cycle state of one version of a knowledge article.
 *
 * <p>A version is written as a {@link #DRAFT}, reviewed by a second person ({@link #IN_REVIEW}),
 * {@link #APPROVED}, and then either published at once or {@link #SCHEDULED} for its valid-from
 * date. A newer publication makes it {@link #SUPERSEDED}; withdrawal or expiry makes it
 * {@link #ARCHIVED}. Only a draft may be edited; superseded and archived versions are history and
 * never change again.
 */
public enum VersionState {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    SUPERSEDED,
    ARCHIVED;

    /** Whether the content of a version in this state may still be changed (only a draft). */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Whether no transition leads out of this state any more. */
    public boolean isTerminal() {
        return switch (this) {
            case SUPERSEDED, ARCHIVED -> true;
            case DRAFT, IN_REVIEW, APPROVED, SCHEDULED, PUBLISHED -> false;
        };
    }
}
