package nl.gemeente.kms.workflow;

import static nl.gemeente.kms.workflow.CommentRule.OPTIONAL;
import static nl.gemeente.kms.workflow.CommentRule.REQUIRED;
import static nl.gemeente.kms.workflow.Performer.DEPARTMENT_EDITOR;
import static nl.gemeente.kms.workflow.Performer.REVIEWER;
import static nl.gemeente.kms.workflow.Performer.SYSTEM;
import static nl.gemeente.kms.workflow.ValidFromRule.AFTER_TODAY;
import static nl.gemeente.kms.workflow.ValidFromRule.ANY;
import static nl.gemeente.kms.workflow.ValidFromRule.DUE;
import static nl.gemeente.kms.workflow.VersionState.APPROVED;
import static nl.gemeente.kms.workflow.VersionState.ARCHIVED;
import static nl.gemeente.kms.workflow.VersionState.DRAFT;
import static nl.gemeente.kms.workflow.VersionState.IN_REVIEW;
import static nl.gemeente.kms.workflow.VersionState.PUBLISHED;
import static nl.gemeente.kms.workflow.VersionState.SCHEDULED;
import static nl.gemeente.kms.workflow.VersionState.SUPERSEDED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The editorial workflow as one table: every step a version can take, from which states, to which
 * state, who may take it, whether a comment is required and how it depends on the valid-from date.
 *
 * <p>Reviewers ({@link Performer#REVIEWER}) are never the author of the version. Publishing goes
 * live today and is only possible once valid-from has come; scheduling is for a valid-from after
 * today, and the scheduler activates the version on that date. The scheduler alone supersedes the
 * previous publication and expires outdated versions. {@link EditorialWorkflow} enforces the table.
 */
public enum Transition {
    //               to          who                comment   valid-from   from
    SUBMIT(          IN_REVIEW,  DEPARTMENT_EDITOR, OPTIONAL, ANY,         DRAFT),
    REQUEST_CHANGES( DRAFT,      REVIEWER,          REQUIRED, ANY,         IN_REVIEW),
    APPROVE(         APPROVED,   REVIEWER,          OPTIONAL, ANY,         IN_REVIEW),
    PUBLISH(         PUBLISHED,  DEPARTMENT_EDITOR, OPTIONAL, DUE,         APPROVED),
    SCHEDULE(        SCHEDULED,  DEPARTMENT_EDITOR, OPTIONAL, AFTER_TODAY, APPROVED),
    UNSCHEDULE(      APPROVED,   DEPARTMENT_EDITOR, OPTIONAL, ANY,         SCHEDULED),
    ACTIVATE(        PUBLISHED,  SYSTEM,            OPTIONAL, DUE,         SCHEDULED),
    SUPERSEDE(       SUPERSEDED, SYSTEM,            OPTIONAL, ANY,         PUBLISHED),
    ARCHIVE(         ARCHIVED,   DEPARTMENT_EDITOR, REQUIRED, ANY,         PUBLISHED, SCHEDULED, APPROVED, DRAFT),
    EXPIRE(          ARCHIVED,   SYSTEM,            OPTIONAL, ANY,         PUBLISHED);

    private final VersionState to;
    private final Performer performer;
    private final CommentRule comment;
    private final ValidFromRule validFrom;
    private final Set<VersionState> from;

    Transition(VersionState to, Performer performer, CommentRule comment, ValidFromRule validFrom,
               VersionState first, VersionState... more) {
        this.to = to;
        this.performer = performer;
        this.comment = comment;
        this.validFrom = validFrom;
        this.from = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    /** The states a version may be in for this transition. */
    public Set<VersionState> from() {
        return from;
    }

    public VersionState to() {
        return to;
    }

    /** Who may take this transition. */
    public Performer performer() {
        return performer;
    }

    /** Only the scheduler ({@link Actor#SYSTEM}) may take it, and it takes no other. */
    public boolean isSystemOnly() {
        return performer == SYSTEM;
    }

    /** The actor must explain the step (changes requested, reason for archiving). */
    public boolean requiresComment() {
        return comment == REQUIRED;
    }

    ValidFromRule validFromRule() {
        return validFrom;
    }
}
