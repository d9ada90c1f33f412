package nl.gemeente.kms.workflow.diff;

import java.util.List;
import java.util.Objects;

/**
 * The comparison of two Markdown texts, block by block in reading order, with the number of added,
 * removed and changed blocks for a summary line.
 */
public record DiffResult(List<DiffRow> rows, int added, int removed, int changed) {

    public DiffResult {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /** Counts the rows by kind. */
    static DiffResult of(List<DiffRow> rows) {
        return new DiffResult(rows, count(rows, DiffRow.Kind.ADDED),
                count(rows, DiffRow.Kind.REMOVED), count(rows, DiffRow.Kind.CHANGED));
    }

    /** Whether both texts have the same blocks. */
    public boolean identical() {
        return added == 0 && removed == 0 && changed == 0;
    }

    private static int count(List<DiffRow> rows, DiffRow.Kind kind) {
        return (int) rows.stream().filter(row -> row.kind() == kind).count();
    }
}
