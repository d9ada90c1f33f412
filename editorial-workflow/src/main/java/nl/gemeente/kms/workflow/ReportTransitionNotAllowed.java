package nl.gemeente.kms.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.gemeente.kms.workflow.report.ReportState;
import nl.gemeente.kms.workflow.report.ReportTransition;

/**
 * A step does not lead out of the report's current state, or the reporter already used their one
 * reopen. Carries the steps the same actor could take instead, so a client can correct itself.
 *
 * <p>It lives beside {@link TransitionNotAllowed} rather than in the report package because
 * {@link WorkflowException} is sealed, and a sealed class outside a named module may only permit
 * classes of its own package.
 */
public final class ReportTransitionNotAllowed extends WorkflowException {

    private final ReportState state;
    private final ReportTransition transition;
    private final Set<ReportTransition> allowed;

    /** @param why an extra explanation when the state alone does not say it, or null */
    public ReportTransitionNotAllowed(ReportState state, ReportTransition transition,
                                      Set<ReportTransition> allowed, String why) {
        super(message(state, transition, allowed, why));
        this.state = state;
        this.transition = transition;
        this.allowed = allowed.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    private static String message(ReportState state, ReportTransition transition,
                                  Set<ReportTransition> allowed, String why) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(allowed, "allowed");
        return transition + " is not allowed in state " + state + (why == null ? "" : " (" + why + ")")
                + "; allowed: " + (allowed.isEmpty() ? "none" : EnumSet.copyOf(allowed).toString());
    }

    public ReportState state() {
        return state;
    }

    public ReportTransition transition() {
        return transition;
    }

    public Set<ReportTransition> allowed() {
        return allowed;
    }
}
