package nl.gemeente.kms.workflow;

/**
 * A refused editorial step. The kinds say why: the version or report is in the wrong state
 * ({@link TransitionNotAllowed}, {@link ReportTransitionNotAllowed}), the actor may not do it
 * ({@link NotPermitted}), or a business rule about the input is broken ({@link RuleViolation}).
 * Translating them into responses is up to the caller; they know nothing of HTTP.
 */
public abstract sealed class WorkflowException extends RuntimeException
        permits TransitionNotAllowed, ReportTransitionNotAllowed, NotPermitted, RuleViolation {

    protected WorkflowException(String message) {
        super(message);
    }
}
