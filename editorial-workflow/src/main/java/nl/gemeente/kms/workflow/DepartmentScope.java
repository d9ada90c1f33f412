package nl.gemeente.kms.workflow;

import java.util.Objects;

/**
 * Which departments' knowledge a user may write, review and read.
 *
 * <p>Editors work on the articles of the departments they belong to; knowledge managers act as an
 * editor of every department. Reviewing additionally follows the four-eyes principle: nobody
 * reviews a version they wrote, knowledge managers included. Everyone may read what is published
 * or scheduled; unpublished work is visible only to those who may write it. The scheduler
 * ({@link Actor#SYSTEM}) has no roles and therefore neither writes nor reviews.
 */
public final class DepartmentScope {

    private DepartmentScope() {
    }

    /** May this actor create and edit drafts of articles owned by {@code department}? */
    public static boolean canAuthor(Actor actor, String department) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(department, "department");
        return actor.has(Role.KNOWLEDGE_MANAGER)
                || (actor.has(Role.EDITOR) && actor.isMemberOf(department));
    }

    /** May this actor approve or send back a version of {@code department} written by {@code author}? */
    public static boolean canReview(Actor actor, String department, String author) {
        Objects.requireNonNull(author, "author");
        return canAuthor(actor, department) && !isAuthor(actor, author);
    }

    /**
     * May this actor read a version? Published and scheduled versions are readable by everyone,
     * whatever the audience, because every user is staff. Unpublished work (drafts, reviews,
     * history) is readable by those who may author it: editors of the owning department and
     * knowledge managers.
     */
    public static boolean canSee(Actor actor, String department, Audience audience, VersionState state) {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(state, "state");
        return switch (state) {
            case PUBLISHED, SCHEDULED -> true;
            case DRAFT, IN_REVIEW, APPROVED, SUPERSEDED, ARCHIVED -> canAuthor(actor, department);
        };
    }

    static boolean isAuthor(Actor actor, String author) {
        return actor.username().equals(author);
    }
}
