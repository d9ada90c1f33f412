package nl.gemeente.kms.report.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
import nl.gemeente.kms.article.application.ArticleQueries;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.platform.ratelimit.RateLimits;
import nl.gemeente.kms.report.application.ReportFiling;
import nl.gemeente.kms.report.application.ReportQueries;
import nl.gemeente.kms.report.application.ReportService;
import nl.gemeente.kms.report.interfaces.rest.ReportRequests.CommentRequest;
import nl.gemeente.kms.report.interfaces.rest.ReportRequests.DuplicateRequest;
import nl.gemeente.kms.report.interfaces.rest.ReportRequests.FileReportRequest;
import nl.gemeente.kms.report.interfaces.rest.ReportRequests.ResolveRequest;
import nl.gemeente.kms.report.interfaces.rest.ReportRequests.RouteRequest;
import nl.gemeente.kms.report.interfaces.rest.ReportRequests.TriageRequest;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.FiledReportView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.ReportView;
import nl.gemeente.kms.workflow.report.ReportState;

/**
 * Inconsistency reports: filing, queues, one's own reports, and each step of the life cycle as its
 * own sub-resource. Who may do what is decided in the services; reports one may not see are 404.
 */
@RequestScoped
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

  @Inject ReportFiling filing;
  @Inject ReportService service;
  @Inject ReportQueries queries;
  @Inject ReportViewAssembler views;
  @Inject CurrentActor actor;
  @Inject RateLimits rateLimits;

  @POST
  public Response file(@NotNull @Valid FileReportRequest request) {
    // only reports actually filed count: a form refused by validation costs the agent nothing
    rateLimits.ensureAvailable(RateLimits.Limit.REPORT_FILING, actor.username());
    ReportFiling.Filed filed = filing.file(request.toNewReport(), actor.get());
    rateLimits.record(RateLimits.Limit.REPORT_FILING, actor.username());
    return Response.created(UriBuilder.fromPath("/api/reports/{id}").build(filed.report().id()))
        .entity(new FiledReportView(views.detail(filed.report(), actor.get()), filed.warnings()))
        .build();
  }

  /** A department's queue (editors: their departments; knowledge managers: all), newest first. */
  @GET
  public List<ReportView> queue(
      @QueryParam("department") String department,
      @QueryParam("state") String state,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return queries.queue(blankToNull(department), state(state), Math.max(1, Math.min(limit, 500)), actor.get()).stream()
        .map(r -> views.summary(r, actor.get()))
        .toList();
  }

  /** The reports this employee filed, with their state and the answer they got. */
  @GET
  @Path("mine")
  public List<ReportView> mine() {
    return queries.mine(actor.get()).stream().map(r -> views.summary(r, actor.get())).toList();
  }

  @GET
  @Path("{id: \\d+}")
  public ReportView get(@PathParam("id") long id) {
    return views.detail(queries.report(id, actor.get()), actor.get());
  }

  /** The fix against the reported version; unlike the article API's diff, open to the reporter. */
  @GET
  @Path("{id: \\d+}/diff")
  public ArticleQueries.VersionComparison diff(@PathParam("id") long id) {
    return queries.fixDiff(id, actor.get())
        .orElseThrow(() -> ProblemException.notFound("A fix of report " + id));
  }

  @POST
  @Path("{id: \\d+}/triage")
  public ReportView triage(@PathParam("id") long id, @NotNull @Valid TriageRequest request) {
    return views.detail(service.triage(id, request.assignee(), request.comment(), actor.get()), actor.get());
  }

  @POST
  @Path("{id: \\d+}/start")
  public ReportView start(@PathParam("id") long id) {
    return views.detail(service.start(id, actor.get()), actor.get());
  }

  @POST
  @Path("{id: \\d+}/resolve")
  public ReportView resolve(@PathParam("id") long id, @NotNull @Valid ResolveRequest request) {
    var answer = new ReportService.Answer(request.resolution(), request.fixArticleId(), request.fixVersion(),
        request.explanation());
    return views.detail(service.resolve(id, answer, actor.get()), actor.get());
  }

  @POST
  @Path("{id: \\d+}/reject")
  public ReportView reject(@PathParam("id") long id, @Valid CommentRequest request) {
    return views.detail(service.reject(id, comment(request), actor.get()), actor.get());
  }

  @POST
  @Path("{id: \\d+}/duplicate")
  @RolesAllowed("KNOWLEDGE_MANAGER")
  public ReportView markDuplicate(@PathParam("id") long id, @NotNull @Valid DuplicateRequest request) {
    return views.detail(service.markDuplicate(id, request.originalReportId(), actor.get()), actor.get());
  }

  @POST
  @Path("{id: \\d+}/route")
  @RolesAllowed("KNOWLEDGE_MANAGER")
  public ReportView route(@PathParam("id") long id, @NotNull @Valid RouteRequest request) {
    return views.detail(service.route(id, request.department(), request.comment(), actor.get()), actor.get());
  }

  @POST
  @Path("{id: \\d+}/reopen")
  public ReportView reopen(@PathParam("id") long id, @Valid CommentRequest request) {
    return views.detail(service.reopen(id, comment(request), actor.get()), actor.get());
  }

  private static String comment(CommentRequest request) {
    return request == null ? null : request.comment();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static ReportState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ReportState.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.of("invalid-request", "Invalid request", 400, "Unknown report state: " + value)
          .withErrors(List.of(new Problem.FieldProblem("state", "one-of", "one of " + List.of(ReportState.values())))));
    }
  }
}
