package nl.gemeente.kms.report.application;

import java.time.Instant;

/**
 * The department gave the report to {@code assignee}: the reporter hears that someone is on it.
 * See {@link ReportEvent} for the common fields.
 */
public record ReportTriaged(long reportId, long articleId, int versionNumber, String articleTitle, String department,
    String reporter, String assignee, String actor, Instant at, String text, String link) implements ReportEvent {}
