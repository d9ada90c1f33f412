package nl.gemeente.kms.report.application;

import java.time.Instant;

/**
 * Something that happened to an inconsistency report, for notifications: one record per kind of
 * step, sealed so that a consumer switches over them exhaustively. {@link ReportService} fires them
 * inside the transaction of the step, after the report and its audit line are written, so an
 * observer with {@code during = IN_PROGRESS} writes in the same transaction and one with
 * {@code AFTER_SUCCESS} hears only of committed steps. Texts are built by {@link ReportEvents}.
 */
public sealed interface ReportEvent
    permits ReportFiled, ReportRouted, ReportTriaged, ReportStarted, ReportResolved, ReportRejected,
        ReportMarkedDuplicate, ReportReopened {

  long reportId();

  long articleId();

  /** The reported version. */
  int versionNumber();

  /** Title of the reported version, for a headline. */
  String articleTitle();

  /** Code of the department whose queue holds the report after this step. */
  String department();

  /** Username of who filed the report: the one to tell about triage and the answer. */
  String reporter();

  /** Username of the editor the report is assigned to after this step; null while it waits for triage. */
  String assignee();

  /** Username of who took the step. */
  String actor();

  Instant at();

  /** One or two Dutch sentences for the people to tell, ready to show. */
  String text();

  /** Relative API path of the report, {@code /api/reports/{id}}. */
  String link();
}
