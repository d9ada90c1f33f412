package nl.gemeente.kms.report.application;

import java.time.Instant;
import nl.gemeente.kms.workflow.report.ReportCategory;

/**
 * A report was filed and waits in the queue of {@code department}; the author of the reported
 * version may want to know too.
 * See {@link ReportEvent} for the common fields.
 *
 * @param versionAuthor who wrote the reported version
 * @param category      what the reporter says is wrong
 */
public record ReportFiled(long reportId, long articleId, int versionNumber, String articleTitle, String department,
    String reporter, String assignee, String actor, Instant at, String text, String link,
    String versionAuthor, ReportCategory category) implements ReportEvent {}
