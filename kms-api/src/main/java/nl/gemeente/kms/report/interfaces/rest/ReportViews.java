package nl.gemeente.kms.report.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.report.application.ReportPrivacy;

/** The JSON shapes of the report API. */
public final class ReportViews {

  private ReportViews() {}

  public record QuoteView(String text, int start, int end) {}

  /**
   * The answer the reporter got. {@code kind} is FIXED, NO_CHANGE_NEEDED, REJECTED or DUPLICATE;
   * {@code diffLink} (article API, for editors) and {@code reportDiffLink} (for everyone who sees the
   * report) show a fix against the reported version; {@code note} is the explanation or reason.
   */
  public record OutcomeView(String kind, Integer fixedInVersion, String diffLink, String reportDiffLink, String note,
      Long duplicateOf) {}

  public record HistoryView(Instant at, String actor, String action, String fromState, String toState, String note) {}

  /** A report; {@code history} only when one report is asked for. */
  public record ReportView(
      long id,
      long articleId,
      int versionNumber,
      String articleTitle,
      String category,
      Long relatedArticleId,
      QuoteView quote,
      String description,
      String reporter,
      String department,
      String assignee,
      String state,
      Instant filedAt,
      Instant updatedAt,
      Instant closedAt,
      int reopenCount,
      OutcomeView outcome,
      List<String> allowedTransitions,
      List<HistoryView> history,
      String link) {}

  /** The answer to filing: the report, and what looked like citizen data in it. */
  public record FiledReportView(ReportView report, List<ReportPrivacy.Warning> warnings) {}

  /** Open reports of one department by age in working days: {@code 0-2}, {@code 3-5}, {@code 6-10}, {@code >10}. */
  public record BacklogView(String department, long total, Map<String, Long> byAge) {}

  public record SlaView(int workingDays, long open, List<Long> openReportIds, long answeredLate) {}

  public record HotSpotView(long articleId, String title, long reports, long open) {}

  /** {@code rate} is reopened / answered: how often reporters were not satisfied; null before any answer. */
  public record ReopenRateView(long reopened, long answered, Double rate) {}

  public record OverdueArticleView(long articleId, String slug, String title, String department, LocalDate lastReviewed) {}

  public record DashboardView(
      Instant generatedAt,
      String workingDays,
      List<BacklogView> openByDepartment,
      long openTotal,
      Double medianWorkingDaysToResolution,
      SlaView slaBreaches,
      List<HotSpotView> hotSpots,
      ReopenRateView reopenRate,
      List<OverdueArticleView> overdueForReview) {}
}
