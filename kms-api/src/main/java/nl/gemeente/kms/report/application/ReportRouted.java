package nl.gemeente.kms.report.application;

import java.time.Instant;

/**
 * A knowledge manager moved the report from {@code fromDepartment} to the queue of
 * {@code department}, where it waits for triage again.
 * See {@link ReportEvent} for the common fields.
 *
 * @param previousAssignee who had the report before; the step puts it back in the queue, unassigned
 */
public record ReportRouted(long reportId, long articleId, int versionNumber, String articleTitle, String department,
    String reporter, String assignee, String actor, Instant at, String text, String link,
    String fromDepartment, String previousAssignee) implements ReportEvent {}
