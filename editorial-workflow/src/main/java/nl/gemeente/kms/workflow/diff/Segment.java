package nl.gemeente.kms.workflow.diff;

import java.util.Objects;

/** A run of text with one {@link SegmentKind}; the UI marks inserted and deleted runs. */
public record Segment(SegmentKind kind, String text) {

    public Segment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
