package nl.gemeente.kms.report.application;

import java.time.Instant;

/**
 * A knowledge manager closed the report as a duplicate of {@code originalReportId}; its answer is
 * the original's.
 * See {@link ReportEvent} for the common fields.
 */
public record ReportMarkedDuplicate(long reportId, long articleId, int versionNumber, String articleTitle, String department,
    String reporter, String assignee, String actor, Instant at, String text, String link,
    long originalReportId) implements ReportEvent {}
