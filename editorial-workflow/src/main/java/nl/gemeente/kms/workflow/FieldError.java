package nl.gemeente.kms.workflow;

import java.util.Objects;

/**
 * One broken content rule.
 *
 * @param field   the JSON path of the field, e.g. {@code title}, {@code keywords[2]},
 *                {@code questionAnswers[0].question}
 * @param rule    the short kebab-case rule name: {@code required}, {@code max-length},
 *                {@code max-items}, {@code after-valid-from}
 * @param message a short English explanation
 */
public record FieldError(String field, String rule, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
