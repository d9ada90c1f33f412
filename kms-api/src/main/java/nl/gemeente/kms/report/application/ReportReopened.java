package nl.gemeente.kms.report.application;

import java.time.Instant;

/**
 * The reporter did not agree with the answer and reopened the report (once) with {@code comment};
 * it is back in the department's queue.
 * See {@link ReportEvent} for the common fields.
 *
 * @param previousAssignee who had the report before; the step puts it back in the queue, unassigned
 */
public record ReportReopened(long reportId, long articleId, int versionNumber, String articleTitle, String department,
    String reporter, String assignee, String actor, Instant at, String text, String link,
    String comment, String previousAssignee) implements ReportEvent {}
