package nl.gemeente.kms.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The transition does not lead out of the version's current state. Carries the transitions the
 * same actor could take instead, so a client can correct itself.
 */
public final class TransitionNotAllowed extends WorkflowException {

    private final VersionState state;
    private final Transition transition;
    private final Set<Transition> allowed;

    public TransitionNotAllowed(VersionState state, Transition transition, Set<Transition> allowed) {
        super(message(state, transition, allowed));
        this.state = state;
        this.transition = transition;
        this.allowed = allowed.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    private static String message(VersionState state, Transition transition, Set<Transition> allowed) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(allowed, "allowed");
        return transition + " is not allowed in state " + state + "; allowed: "
                + (allowed.isEmpty() ? "none" : EnumSet.copyOf(allowed).toString());
    }

    public VersionState state() {
        return state;
    }

    public Transition transition() {
        return transition;
    }

    public Set<Transition> allowed() {
        return allowed;
    }
}
