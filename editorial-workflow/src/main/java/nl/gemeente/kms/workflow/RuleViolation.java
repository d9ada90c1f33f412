package nl.gemeente.kms.workflow;

import java.util.Objects;

/**
 * A business rule about the input is broken, such as a missing comment or a valid-from date that
 * does not fit the step.
 */
public final class RuleViolation extends WorkflowException {

    private final String field;
    private final String rule;

    /**
     * @param field   the JSON name of the offending input, e.g. {@code comment}, {@code validFrom}
     * @param rule    the short kebab-case name of the rule, e.g. {@code required}
     * @param message a short English explanation
     */
    public RuleViolation(String field, String rule, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
