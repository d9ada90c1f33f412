package nl.gemeente.kms.workflow.report;

/** How a report was resolved: by a new publication, or by a decision that the text stands. */
public enum ResolutionKind {
    FIXED,
    NO_CHANGE_NEEDED
}
