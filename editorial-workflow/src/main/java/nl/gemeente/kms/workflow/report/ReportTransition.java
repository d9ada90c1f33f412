package nl.gemeente.kms.workflow.report;

import static nl.gemeente.kms.workflow.report.ReportPerformer.DEPARTMENT_EDITOR;
import static nl.gemeente.kms.workflow.report.ReportPerformer.KNOWLEDGE_MANAGER;
import static nl.gemeente.kms.workflow.report.ReportPerformer.REPORTER;
import static nl.gemeente.kms.workflow.report.ReportState.DUPLICATE;
import static nl.gemeente.kms.workflow.report.ReportState.IN_PROGRESS;
import static nl.gemeente.kms.workflow.report.ReportState.OPEN;
import static nl.gemeente.kms.workflow.report.ReportState.REJECTED;
import static nl.gemeente.kms.workflow.report.ReportState.RESOLVED;
import static nl.gemeente.kms.workflow.report.ReportState.TRIAGED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a report as one table: every step, the state it leads to, who may take it,
 * whether it must be explained, and the states it leads out of.
 *
 * <p>TRIAGE gives the report to an editor of the department (again, while nobody started). RESOLVE
 * needs a {@link Resolution}; ROUTE moves the report to another department's queue and MARK_DUPLICATE
 * closes it in favour of another report, both for knowledge managers only. REOPEN is the reporter's,
 * once per report. {@link ReportWorkflow} enforces the table and the rules about each step's input.
 */
public enum ReportTransition {
    //              to           who                comment   from
    TRIAGE(         TRIAGED,     DEPARTMENT_EDITOR, false,    OPEN, TRIAGED),
    START(          IN_PROGRESS, DEPARTMENT_EDITOR, false,    TRIAGED),
    RESOLVE(        RESOLVED,    DEPARTMENT_EDITOR, false,    IN_PROGRESS),
    REJECT(         REJECTED,    DEPARTMENT_EDITOR, true,     OPEN, TRIAGED, IN_PROGRESS),
    MARK_DUPLICATE( DUPLICATE,   KNOWLEDGE_MANAGER, false,    OPEN, TRIAGED, IN_PROGRESS),
    ROUTE(          OPEN,        KNOWLEDGE_MANAGER, false,    OPEN, TRIAGED, IN_PROGRESS),
    REOPEN(         OPEN,        REPORTER,          true,     RESOLVED, REJECTED);

    private final ReportState to;
    private final ReportPerformer performer;
    private final boolean commentRequired;
    private final Set<ReportState> from;

    ReportTransition(ReportState to, ReportPerformer performer, boolean commentRequired,
                     ReportState first, ReportState... more) {
        this.to = to;
        this.performer = performer;
        this.commentRequired = commentRequired;
        this.from = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    /** The states a report may be in for this step. */
    public Set<ReportState> from() {
        return from;
    }

    public ReportState to() {
        return to;
    }

    /** Who may take this step. */
    public ReportPerformer performer() {
        return performer;
    }

    /** The actor must explain the step: the reason of a rejection, the reporter's reason to reopen. */
    public boolean requiresComment() {
        return commentRequired;
    }
}
