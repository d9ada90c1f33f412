package nl.gemeente.kms.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces the {@link Transition} table on one version.
 *
 * <p>Dates are judged in the municipality's time zone: "today" is the calendar date in
 * Europe/Amsterdam at the clock's instant, whatever zone the given clock carries. Just after
 * midnight in Amsterdam it is already the next day here while UTC still says yesterday.
 *
 * <p>{@link #apply} checks in a fixed order, so clients get the most fundamental complaint first:
 * the state ({@link TransitionNotAllowed}), then the actor ({@link NotPermitted}), then the rules
 * on comment and valid-from ({@link RuleViolation}).
 */
public final class EditorialWorkflow {

    /** The zone in which valid-from dates are understood. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    public EditorialWorkflow(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock").withZone(ZONE);
    }

    /** The current date in Europe/Amsterdam. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Checks every rule; returns the outcome or throws a {@link WorkflowException}. */
    public TransitionOutcome apply(WorkflowSubject version, Transition transition, Actor actor, String comment) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(actor, "actor");
        VersionState from = Objects.requireNonNull(version.state(), "version.state");
        if (!transition.from().contains(from)) {
            throw new TransitionNotAllowed(from, transition, allowedTransitions(version, actor));
        }
        Optional<String> refusal = transition.performer().refusal(actor, version);
        if (refusal.isPresent()) {
            throw new NotPermitted(actor.username(), transition.name(), refusal.get());
        }
        String normalized = comment == null || comment.isBlank() ? null : comment.strip();
        if (transition.requiresComment() && normalized == null) {
            throw new RuleViolation("comment", "required", transition + " requires a comment");
        }
        LocalDate today = today();
        if (!transition.validFromRule().accepts(validFrom(version), today)) {
            throw transition.validFromRule().violation(today);
        }
        return new TransitionOutcome(transition, from, transition.to(), actor.username(),
                clock.instant(), normalized);
    }

    /**
     * The transitions this actor may take on the version now; the UI offers only these. A required
     * comment is not considered here, as it is input still to be given
     * ({@link Transition#requiresComment()} tells the UI to ask for it).
     */
    public Set<Transition> allowedTransitions(WorkflowSubject version, Actor actor) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(actor, "actor");
        LocalDate today = today();
        EnumSet<Transition> allowed = EnumSet.noneOf(Transition.class);
        for (Transition transition : Transition.values()) {
            if (transition.from().contains(version.state())
                    && transition.performer().includes(actor, version)
                    && transition.validFromRule().accepts(validFrom(version), today)) {
                allowed.add(transition);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    // Implementations backed by a nullable column may hand out null instead of Optional.empty().
    private static Optional<LocalDate> validFrom(WorkflowSubject version) {
        Optional<LocalDate> validFrom = version.validFrom();
        return validFrom == null ? Optional.empty() : validFrom;
    }
}
