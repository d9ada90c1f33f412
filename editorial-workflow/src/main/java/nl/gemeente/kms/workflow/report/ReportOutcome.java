package nl.gemeente.kms.workflow.report;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of an accepted step, for the caller to store on the report, in its history and in the
 * audit trail.
 *
 * @param actor   username of who took the step
 * @param comment the stripped comment or reason, or {@code null} when none was given
 */
public record ReportOutcome(ReportTransition transition, ReportState from, ReportState to,
                            String actor, Instant at, String comment) {

    public ReportOutcome {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
