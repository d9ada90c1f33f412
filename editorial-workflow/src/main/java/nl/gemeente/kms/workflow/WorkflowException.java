package nl.gemeente.kms.workflow;

/**
 * A refused editorial step. The three kinds say why: the version is in the wrong state
 * ({@link TransitionNotAllowed}), the actor may not do it ({@link NotPermitted}), or a business
 * rule about the input is broken ({@link RuleViolation}). Translating them into responses is up to
 * the caller; they know nothing of HTTP.
 */
public abstract sealed class WorkflowException extends RuntimeException
        permits TransitionNotAllowed, NotPermitted, RuleViolation {

    protected WorkflowException(String message) {
        super(message);
    }
}
