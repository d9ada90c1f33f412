package nl.gemeente.kms.workflow.report;

import java.util.Objects;

/**
 * The passage a report is about, exactly as selected in the version's body.
 *
 * @param text  the selected text
 * @param start offset of its first character in the body (inclusive, in UTF-16 units as browsers count)
 * @param end   offset just after its last character (exclusive)
 */
public record Quote(String text, int start, int end) {

    public Quote {
        Objects.requireNonNull(text, "text");
    }

    /** Whether the body holds exactly this text at these offsets. */
    public boolean isIn(String body) {
        return body != null && start >= 0 && start < end && end <= body.length()
                && body.substring(start, end).equals(text);
    }
}
