package nl.gemeente.kms.report.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.report.application.ReportDashboard;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.BacklogView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.DashboardView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.HotSpotView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.OverdueArticleView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.ReopenRateView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.SlaView;

/**
 * The knowledge manager's dashboard of reports. {@code ?department=} narrows it to one department,
 * {@code ?article=} (repeatable) to some articles, e.g. those of one topic.
 */
@RequestScoped
@Path("reports/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("KNOWLEDGE_MANAGER")
public class ReportDashboardResource {

  static final String WORKING_DAYS =
      "Working days are Monday to Friday in Europe/Amsterdam; public holidays are not taken into account.";

  @Inject ReportDashboard dashboard;
  @Inject CurrentActor actor;

  @GET
  public DashboardView dashboard(@QueryParam("department") String department, @QueryParam("article") List<String> articles) {
    var f = dashboard.figures(department == null || department.isBlank() ? null : department, ids(articles), actor.get());
    List<BacklogView> backlog = new ArrayList<>();
    f.openByDepartmentAndAge().forEach((code, buckets) -> {
      Map<String, Long> byAge = new LinkedHashMap<>();
      buckets.forEach((bucket, count) -> byAge.put(bucket.label(), count));
      backlog.add(new BacklogView(code, buckets.values().stream().mapToLong(Long::longValue).sum(), byAge));
    });
    var sla = f.slaBreaches();
    var reopen = f.reopenRate();
    return new DashboardView(
        f.at(),
        WORKING_DAYS,
        backlog,
        backlog.stream().mapToLong(BacklogView::total).sum(),
        f.medianWorkingDaysToResolution().isPresent() ? f.medianWorkingDaysToResolution().getAsDouble() : null,
        new SlaView(sla.slaWorkingDays(), sla.openReportIds().size(), sla.openReportIds(), sla.answeredLate()),
        f.hotSpots().stream()
            .map(h -> new HotSpotView(h.articleId(), f.titles().get(h.articleId()), h.reports(), h.open()))
            .toList(),
        new ReopenRateView(reopen.reopened(), reopen.answered(), reopen.rate()),
        f.overdueForReview().stream()
            .map(a -> new OverdueArticleView(a.id(), a.slug(), f.titles().get(a.id()), a.department(),
                a.lastReviewed().orElse(null)))
            .toList());
  }

  private static List<Long> ids(List<String> values) {
    try {
      return values == null ? List.of() : values.stream().map(String::strip).map(Long::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new ProblemException(Problem.of("invalid-request", "Invalid request", 400, "?article= takes article ids.")
          .withErrors(List.of(new Problem.FieldProblem("article", "number", "an article id"))));
    }
  }
}
