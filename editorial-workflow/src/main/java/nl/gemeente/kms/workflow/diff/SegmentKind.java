package nl.gemeente.kms.workflow.diff;

/** How a piece of text in a changed block relates to the other version. */
public enum SegmentKind {
    /** In both versions. */
    SAME,
    /** Only in the new version; appears in {@link DiffRow#newSegments()}. */
    INSERTED,
    /** Only in the old version; appears in {@link DiffRow#oldSegments()}. */
    DELETED
}
