package nl.gemeente.kms.report.application;

import java.time.Instant;

/**
 * The department rejected the report with {@code reason}.
 * See {@link ReportEvent} for the common fields.
 */
public record ReportRejected(long reportId, long articleId, int versionNumber, String articleTitle, String department,
    String reporter, String assignee, String actor, Instant at, String text, String link,
    String reason) implements ReportEvent {}
