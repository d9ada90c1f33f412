/**
 * Filing ({@link nl.gemeente.kms.report.application.ReportFiling}), the life cycle
 * ({@link nl.gemeente.kms.report.application.ReportService}), reading
 * ({@link nl.gemeente.kms.report.application.ReportQueries}) and the knowledge manager's dashboard
 * ({@link nl.gemeente.kms.report.application.ReportDashboard}) of inconsistency reports.
 *
 * <p><b>Events for notifications.</b> Every step fires one
 * {@link nl.gemeente.kms.report.application.ReportEvent} inside its transaction, after the report
 * and its audit line are written. All carry {@code reportId}, {@code articleId}, the reported
 * {@code versionNumber}, {@code articleTitle}, the {@code department} whose queue holds the report
 * now, the {@code reporter}, the {@code assignee} (null while untriaged), the {@code actor}, the
 * moment {@code at}, a ready Dutch {@code text} and {@code link} ({@code /api/reports/{id}}).
 * Whom to tell:
 * <ul>
 *   <li>{@code ReportFiled} (+ {@code versionAuthor}, {@code category}): the department's editors
 *       and the author of the reported version;</li>
 *   <li>{@code ReportRouted} (+ {@code fromDepartment}, {@code previousAssignee}): the editors of
 *       the new department, and the previous assignee, who no longer has it;</li>
 *   <li>{@code ReportTriaged}: the reporter ("someone is on it") and the assignee;</li>
 *   <li>{@code ReportStarted}: nobody needs to be told; for completeness;</li>
 *   <li>{@code ReportResolved} (+ {@code resolution}, {@code fixedInVersion}, {@code diffLink}
 *       {@code /api/articles/{id}/diff?from=reported&to=fixing}, {@code reportDiffLink}
 *       {@code /api/reports/{id}/diff}): the reporter. Link agents to {@code reportDiffLink}: the
 *       article API hides superseded versions from them;</li>
 *   <li>{@code ReportRejected} (+ {@code reason}) and {@code ReportMarkedDuplicate}
 *       (+ {@code originalReportId}): the reporter;</li>
 *   <li>{@code ReportReopened} (+ {@code comment}, {@code previousAssignee}): the previous
 *       assignee and the department's editors; the report is back in the queue, unassigned.</li>
 * </ul>
 * An observer with {@code @Observes(during = TransactionPhase.IN_PROGRESS)} writes its inbox rows
 * in the step's transaction, as the notification module's {@code ChangeNotifier} does for articles.
 */
package nl.gemeente.kms.report.application;
