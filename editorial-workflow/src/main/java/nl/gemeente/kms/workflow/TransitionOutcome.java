package nl.gemeente.kms.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of an accepted transition, for the caller to store on the version and in the audit
 * trail.
 *
 * @param actor   username of who took the step ({@code "system"} for the scheduler)
 * @param comment the stripped comment, or {@code null} when none was given
 */
public record TransitionOutcome(Transition transition, VersionState from, VersionState to,
                                String actor, Instant at, String comment) {

    public TransitionOutcome {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
