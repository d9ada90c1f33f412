package nl.gemeente.kms.workflow.diff;

import java.util.List;
import java.util.Objects;

/**
 * One line of a side-by-side comparison: a Markdown block of the old version on the left, the
 * corresponding block of the new version on the right.
 *
 * <p>The segments concatenate to the text of their side. An unchanged row has one SAME segment per
 * side; an added row has no old side (null text, no segments) and one INSERTED segment; a removed
 * row the reverse. A changed row has word-level segments: SAME and DELETED on the old side, SAME
 * and INSERTED on the new side.
 */
public record DiffRow(Kind kind, String oldText, String newText,
                      List<Segment> oldSegments, List<Segment> newSegments) {

    /** How the block changed between the versions. */
    public enum Kind {
        UNCHANGED,
        ADDED,
        REMOVED,
        CHANGED
    }

    public DiffRow {
        Objects.requireNonNull(kind, "kind");
        oldSegments = List.copyOf(oldSegments);
        newSegments = List.copyOf(newSegments);
    }

    static DiffRow unchanged(String text) {
        List<Segment> same = List.of(new Segment(SegmentKind.SAME, text));
        return new DiffRow(Kind.UNCHANGED, text, text, same, same);
    }

    static DiffRow added(String text) {
        return new DiffRow(Kind.ADDED, null, text, List.of(), List.of(new Segment(SegmentKind.INSERTED, text)));
    }

    static DiffRow removed(String text) {
        return new DiffRow(Kind.REMOVED, text, null, List.of(new Segment(SegmentKind.DELETED, text)), List.of());
    }
}
