package nl.gemeente.kms.report.application;

import java.time.Instant;

/**
 * The assignee started working on the report.
 * See {@link ReportEvent} for the common fields.
 */
public record ReportStarted(long reportId, long articleId, int versionNumber, String articleTitle, String department,
    String reporter, String assignee, String actor, Instant at, String text, String link) implements ReportEvent {}
