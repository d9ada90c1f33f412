package nl.gemeente.kms.workflow.report;

/**
 * Where an inconsistency report is in its life cycle.
 *
 * <p>A new report is {@link #OPEN} in the queue of the department that owns the article. The
 * department {@link #TRIAGED triages} it by giving it to one of its editors, who starts work
 * ({@link #IN_PROGRESS}) and ends it as {@link #RESOLVED} (a new publication fixed it, or no change
 * was needed) or {@link #REJECTED}. A knowledge manager may close it as a {@link #DUPLICATE} of
 * another report. The reporter may reopen a resolved or rejected report once, which puts it back
 * in the queue.
 */
public enum ReportState {
    OPEN,
    TRIAGED,
    IN_PROGRESS,
    RESOLVED,
    REJECTED,
    DUPLICATE;

    /** Whether the report still waits for the department: it counts in the backlog and the SLA. */
    public boolean isOpen() {
        return switch (this) {
            case OPEN, TRIAGED, IN_PROGRESS -> true;
            case RESOLVED, REJECTED, DUPLICATE -> false;
        };
    }
}
