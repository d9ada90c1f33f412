package nl.gemeente.kms.report.application;

import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.report.ReportCategory;
import nl.gemeente.kms.workflow.report.ReportOutcome;
import nl.gemeente.kms.workflow.report.ResolutionKind;

/** Builds the {@link ReportEvent} of a step from the report as it is after the step, with its Dutch text. */
public final class ReportEvents {

  private ReportEvents() {}

  static ReportFiled filed(InconsistencyReport r, String title) {
    String text = "Nieuwe melding over '" + title + "' (versie " + r.versionNumber() + "): "
        + category(r.category()) + ".";
    return new ReportFiled(r.id(), r.articleId(), r.versionNumber(), title, r.department(), r.reporter(), null,
        r.reporter(), r.filedAt(), text, link(r), r.versionAuthor(), r.category());
  }

  /** Who had the report before the step; ROUTE and REOPEN clear the assignee. */
  record Before(String department, String assignee) {}

  static ReportEvent of(InconsistencyReport r, ReportOutcome o, String title, Before before) {
    String about = "'" + title + "'";
    String assignee = r.assignee().orElse(null);
    return switch (o.transition()) {
      case TRIAGE -> new ReportTriaged(r.id(), r.articleId(), r.versionNumber(), title, r.department(), r.reporter(),
          assignee, o.actor(), o.at(), "Uw melding over " + about + " is in behandeling genomen door " + assignee + ".",
          link(r));
      case START -> new ReportStarted(r.id(), r.articleId(), r.versionNumber(), title, r.department(), r.reporter(),
          assignee, o.actor(), o.at(), "Er wordt gewerkt aan uw melding over " + about + ".", link(r));
      case RESOLVE -> resolved(r, o, title, about);
      case REJECT -> new ReportRejected(r.id(), r.articleId(), r.versionNumber(), title, r.department(), r.reporter(),
          assignee, o.actor(), o.at(), "Uw melding over " + about + " is afgewezen. Reden: " + o.comment(), link(r),
          o.comment());
      case MARK_DUPLICATE -> {
        long original = r.duplicateOf().orElseThrow();
        yield new ReportMarkedDuplicate(r.id(), r.articleId(), r.versionNumber(), title, r.department(), r.reporter(),
            assignee, o.actor(), o.at(), "Uw melding over " + about + " is samengevoegd met melding " + original
                + ", die over hetzelfde gaat.", link(r), original);
      }
      case ROUTE -> new ReportRouted(r.id(), r.articleId(), r.versionNumber(), title, r.department(), r.reporter(),
          assignee, o.actor(), o.at(), "De melding over " + about + " is doorgestuurd van "
              + before.department() + " naar " + r.department() + ".", link(r), before.department(), before.assignee());
      case REOPEN -> new ReportReopened(r.id(), r.articleId(), r.versionNumber(), title, r.department(), r.reporter(),
          assignee, o.actor(), o.at(), "De melder heeft de melding over " + about + " heropend: " + o.comment(), link(r),
          o.comment(), before.assignee());
    };
  }

  private static ReportResolved resolved(InconsistencyReport r, ReportOutcome o, String title, String about) {
    ResolutionKind kind = r.resolution().orElseThrow();
    Integer fixedIn = r.fixedInVersion().orElse(null);
    String diff = fixedIn == null ? null : diffLink(r.articleId(), r.versionNumber(), fixedIn);
    String reportDiff = fixedIn == null ? null : reportDiffLink(r.id());
    String text = switch (kind) {
      case FIXED -> "Uw melding over " + about + " is opgelost in versie " + fixedIn + ". Bekijk de wijziging: " + reportDiff;
      case NO_CHANGE_NEEDED -> "Uw melding over " + about + " is afgehandeld: de tekst blijft zoals hij is. Toelichting: "
          + o.comment();
    };
    return new ReportResolved(r.id(), r.articleId(), r.versionNumber(), title, r.department(), r.reporter(),
        r.assignee().orElse(null), o.actor(), o.at(), text, link(r), kind, fixedIn, diff, reportDiff);
  }

  /** The diff endpoint of the article API, from the reported to the fixing version. */
  public static String diffLink(long articleId, int reported, int fixing) {
    return "/api/articles/" + articleId + "/diff?from=" + reported + "&to=" + fixing;
  }

  /** The same diff through the report, for reporters who may not open superseded versions of the article. */
  public static String reportDiffLink(long reportId) {
    return "/api/reports/" + reportId + "/diff";
  }

  static String link(InconsistencyReport r) {
    return "/api/reports/" + r.id();
  }

  private static String category(ReportCategory category) {
    return switch (category) {
      case INCORRECT -> "onjuist";
      case OUTDATED -> "verouderd";
      case CONTRADICTS_SOURCE -> "in strijd met de bron";
      case CONTRADICTS_ARTICLE -> "in strijd met een ander artikel";
      case UNCLEAR -> "onduidelijk";
      case MISSING_INFORMATION -> "informatie ontbreekt";
    };
  }
}
