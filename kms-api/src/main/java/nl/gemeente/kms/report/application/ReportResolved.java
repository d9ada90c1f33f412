package nl.gemeente.kms.report.application;

import java.time.Instant;
import nl.gemeente.kms.workflow.report.ResolutionKind;

/**
 * The report was answered: fixed by a publication (then {@code diffLink} shows the change against
 * the reported version) or no change was needed (then {@code text} carries the explanation).
 * See {@link ReportEvent} for the common fields.
 *
 * @param fixedInVersion the version that fixed it; null for {@link ResolutionKind#NO_CHANGE_NEEDED}
 * @param diffLink       {@code /api/articles/{id}/diff?from=reported&to=fixing}; null when nothing changed.
 *                       Agents cannot open superseded versions in the article API, so tell them
 * @param reportDiffLink {@code /api/reports/{id}/diff}: the same diff for everyone who sees the report
 */
public record ReportResolved(long reportId, long articleId, int versionNumber, String articleTitle, String department,
    String reporter, String assignee, String actor, Instant at, String text, String link,
    ResolutionKind resolution, Integer fixedInVersion, String diffLink,
    String reportDiffLink) implements ReportEvent {}
