package nl.gemeente.kms.workflow.diff;

import java.util.Objects;

/**
 * A content field that differs between two versions, with both values as display text (null when
 * the field was empty on that side).
 */
public record FieldChange(String field, String oldValue, String newValue) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
