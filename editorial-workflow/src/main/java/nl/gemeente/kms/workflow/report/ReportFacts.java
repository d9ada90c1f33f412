package nl.gemeente.kms.workflow.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One report as the statistics need it.
 *
 * @param closedAt when the report was last resolved, rejected or marked duplicate; null while open
 */
public record ReportFacts(long reportId, long articleId, String department, ReportState state,
                          Instant filedAt, Instant closedAt, int reopenCount) {

    public ReportFacts {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(filedAt, "filedAt");
    }
}
