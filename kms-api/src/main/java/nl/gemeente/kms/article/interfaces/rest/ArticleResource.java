package nl.gemeente.kms.article.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gemeente.kms.article.application.ArticleListFilter;
import nl.gemeente.kms.article.application.ArticleQueries;
import nl.gemeente.kms.article.application.ArticleService;
import nl.gemeente.kms.article.application.InvalidArticle;
import nl.gemeente.kms.article.application.MarkdownRenderer;
import nl.gemeente.kms.article.interfaces.rest.ArticleRequests.ContentRequest;
import nl.gemeente.kms.article.interfaces.rest.ArticleRequests.CreateArticleRequest;
import nl.gemeente.kms.article.interfaces.rest.ArticleRequests.NewDraftRequest;
import nl.gemeente.kms.article.interfaces.rest.ArticleRequests.ReviewConfirmationRequest;
import nl.gemeente.kms.article.interfaces.rest.ArticleRequests.TransitionRequest;
import nl.gemeente.kms.article.interfaces.rest.ArticleViews.ArticleView;
import nl.gemeente.kms.article.interfaces.rest.ArticleViews.AuditView;
import nl.gemeente.kms.article.interfaces.rest.ArticleViews.VersionView;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.VersionState;

/** Articles, their versions and their workflow, as JSON. Writes of a version need its ETag. */
@RequestScoped
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

  @Inject ArticleService service;
  @Inject ArticleQueries queries;
  @Inject ArticleViewAssembler views;
  @Inject MarkdownRenderer markdown;
  @Inject CurrentActor actor;

  /**
   * Articles newest first, optionally of one department, whose newest version is in one of the
   * given states ({@code state} may repeat), or whose newest title contains {@code q}.
   */
  @GET
  public List<ArticleView> list(
      @QueryParam("department") String department,
      @QueryParam("state") List<String> states,
      @QueryParam("q") String titleContains,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    int safeLimit = Math.max(1, Math.min(limit, 200));
    var filter = new ArticleListFilter(blank(department), states(states), blank(titleContains).map(String::strip));
    return queries.list(filter, Math.max(0, offset), safeLimit, actor.get()).stream()
        .map(a -> views.article(a, actor.get()))
        .toList();
  }

  @POST
  public Response create(@NotNull @Valid CreateArticleRequest request) {
    var created =
        service.create(
            new ArticleService.NewArticle(
                request.slug(),
                request.department(),
                audience(request.audience()),
                request.topics(),
                request.content().toContent()),
            actor.get());
    return Response.created(UriBuilder.fromPath("/api/articles/{id}").build(created.id()))
        .entity(views.article(queries.article(created.id(), actor.get()), actor.get()))
        .build();
  }

  /** Published articles past their review-by date, for the departments this employee edits. */
  @GET
  @Path("overdue")
  public List<ArticleView> overdue() {
    return queries.overdueForReview(actor.get()).stream().map(a -> views.article(a, actor.get())).toList();
  }

  @GET
  @Path("{id}")
  public ArticleView get(@PathParam("id") long id) {
    return views.article(queries.article(id, actor.get()), actor.get());
  }

  @GET
  @Path("{id}/versions/{n}")
  public Response version(@PathParam("id") long id, @PathParam("n") int n) {
    ArticleVersion v = queries.version(id, n, actor.get());
    return Response.ok(views.version(v, actor.get())).header("ETag", ArticleViews.etag(v)).build();
  }

  @PUT
  @Path("{id}/versions/{n}")
  public Response revise(
      @PathParam("id") long id,
      @PathParam("n") int n,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ContentRequest content) {
    ArticleVersion v = service.revise(id, n, content.toContent(), lockVersion(ifMatch, true), actor.get());
    return Response.ok(views.version(v, actor.get())).header("ETag", ArticleViews.etag(v)).build();
  }

  @POST
  @Path("{id}/versions")
  public Response newDraft(@PathParam("id") long id, NewDraftRequest request) {
    Integer restoreFrom = request == null ? null : request.restoreFrom();
    ArticleVersion v = service.startDraft(id, restoreFrom, actor.get());
    return Response.created(UriBuilder.fromPath("/api/articles/{id}/versions/{n}").build(id, v.number()))
        .entity(views.version(v, actor.get()))
        .header("ETag", ArticleViews.etag(v))
        .build();
  }

  @POST
  @Path("{id}/versions/{n}/transitions")
  public Response transition(
      @PathParam("id") long id,
      @PathParam("n") int n,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid TransitionRequest request) {
    ArticleVersion v =
        service.transition(
            id, n, request.transition().toWorkflow(), request.comment(), lockVersion(ifMatch, false), actor.get());
    return Response.ok(views.version(v, actor.get())).header("ETag", ArticleViews.etag(v)).build();
  }

  @GET
  @Path("{id}/diff")
  public ArticleQueries.VersionComparison diff(
      @PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) {
      throw new ProblemException(
          Problem.of("invalid-request", "Invalid request", 400, "Give the two versions to compare as ?from=N&to=M.")
              .withErrors(List.of(new Problem.FieldProblem(from == null ? "from" : "to", "required", "a version number"))));
    }
    return queries.compare(id, from, to, actor.get());
  }

  @GET
  @Path("{id}/live")
  public VersionView liveAt(@PathParam("id") long id, @QueryParam("at") String at) {
    Instant moment = parseInstant(at);
    return queries
        .liveAt(id, moment, actor.get())
        .map(v -> views.version(v, actor.get()))
        .orElseThrow(() -> ProblemException.notFound("A live version of article " + id + " at " + moment));
  }

  @GET
  @Path("{id}/audit")
  public List<AuditView> audit(@PathParam("id") long id) {
    return queries.auditTrail(id, actor.get()).stream().map(AuditView::of).toList();
  }

  @POST
  @Path("{id}/review-confirmations")
  public ArticleView confirmStillCorrect(@PathParam("id") long id, ReviewConfirmationRequest request) {
    service.confirmStillCorrect(id, request == null ? null : request.remark(), actor.get());
    return views.article(queries.article(id, actor.get()), actor.get());
  }

  private static Optional<String> blank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static Set<VersionState> states(List<String> values) {
    try {
      return values.stream()
          .filter(v -> !v.isBlank())
          .map(v -> VersionState.valueOf(v.strip().toUpperCase(Locale.ROOT)))
          .collect(Collectors.toSet());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.of("invalid-request", "Invalid request", 400, "Unknown version state in " + values)
          .withErrors(List.of(new Problem.FieldProblem("state", "one-of", "one of " + List.of(VersionState.values())))));
    }
  }

  private static Audience audience(String value) {
    if (value == null) {
      return Audience.INTERNAL;
    }
    try {
      return Audience.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidArticle.of("audience", "one-of", "Audience is INTERNAL or PUBLIC.");
    }
  }

  private static Instant parseInstant(String at) {
    try {
      return Instant.parse(at);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new ProblemException(
          Problem.of("invalid-request", "Invalid request", 400, "Give ?at= as an ISO-8601 instant, e.g. 2026-01-01T09:00:00Z.")
              .withErrors(List.of(new Problem.FieldProblem("at", "iso-instant", "not an ISO-8601 instant"))));
    }
  }

  /** ETags look like "id-lockVersion"; the lock version is what optimistic locking compares. */
  private static Long lockVersion(String ifMatch, boolean required) {
    if (ifMatch == null || ifMatch.isBlank()) {
      if (required) {
        throw new ProblemException(
            Problem.of("precondition-required", "If-Match required", 428,
                "Send the ETag you loaded in If-Match, so that nobody's edit is silently lost."));
      }
      return null;
    }
    String tag = ifMatch.trim().replace("W/", "").replace("\"", "");
    int dash = tag.lastIndexOf('-');
    try {
      return Long.parseLong(tag.substring(dash + 1));
    } catch (NumberFormatException e) {
      throw new ProblemException(Problem.of("invalid-etag", "Invalid If-Match", 400, "If-Match is not an ETag this API gave out."));
    }
  }
}
