package nl.gemeente.kms.workflow;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How a transition depends on the valid-from date of the version (the "when" column of the table).
 * An empty valid-from means "immediately", so it counts as due today.
 */
enum ValidFromRule {
    /** The date does not matter. */
    ANY,
    /** Valid-from must be empty, today or earlier: the version goes live now. */
    DUE,
    /** Valid-from must be strictly after today: the version waits for its date. */
    AFTER_TODAY;

    boolean accepts(Optional<LocalDate> validFrom, LocalDate today) {
        return switch (this) {
            case ANY -> true;
            case DUE -> validFrom.map(date -> !date.isAfter(today)).orElse(true);
            case AFTER_TODAY -> validFrom.map(date -> date.isAfter(today)).orElse(false);
        };
    }

    RuleViolation violation(LocalDate today) {
        return switch (this) {
            case ANY -> throw new IllegalStateException("ANY accepts every date");
            case DUE -> new RuleViolation("validFrom", "not-after-today",
                    "valid-from lies after " + today + "; schedule the version instead");
            case AFTER_TODAY -> new RuleViolation("validFrom", "after-today",
                    "valid-from must lie after " + today + " to schedule; publish instead");
        };
    }
}
