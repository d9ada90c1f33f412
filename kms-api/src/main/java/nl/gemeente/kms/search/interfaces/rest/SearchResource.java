package nl.gemeente.kms.search.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.platform.ratelimit.RateLimits;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.search.application.ArticleSearchIndex;
import nl.gemeente.kms.search.application.ArticleSearchIndex.Filters;
import nl.gemeente.kms.search.application.ArticleSearchIndex.Suggestion;
import nl.gemeente.kms.search.application.SearchAnalytics;
import nl.gemeente.kms.search.application.SearchService;
import nl.gemeente.kms.search.application.SearchService.AgentResults;
import nl.gemeente.kms.workflow.Actor;

/**
 * Agent search over the live articles. The query text is always text, never query syntax. Calls
 * made while typing pass {@code typing=true} and stay out of the analytics. One instance serves every
 * request (it holds nothing of a request's own): building one per search was measurable.
 */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject SearchService search;
  @Inject ArticleSearchIndex index;
  @Inject SearchAnalytics analytics;
  @Inject CurrentActor actor;
  @Inject RateLimits rateLimits;

  /** Which result the agent opened, and at which place (1-based). */
  public record ClickRequest(@NotNull Long articleId, @NotNull @Min(1) @Max(1000) Integer rank) {}

  @GET
  public AgentResults search(
      @QueryParam("q") @Size(max = 500, message = "a search is at most 500 characters") String q,
      @QueryParam("department") @Size(max = 40) String department,
      @QueryParam("topic") @Size(max = 80) String topic,
      @QueryParam("audience") @Size(max = 20) String audience,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100) int page,
      @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size,
      @QueryParam("facets") @DefaultValue("false") boolean facets,
      @QueryParam("typing") @DefaultValue("false") boolean typing) {
    Actor me = actor.get();
    rateLimits.take(RateLimits.Limit.SEARCH, me.username());
    return search.search(q, new Filters(department, topic, audience), page, size, facets, typing, me);
  }

  @GET
  @Path("autocomplete")
  public List<Suggestion> autocomplete(
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("size") @DefaultValue("8") @Min(1) @Max(20) int size) {
    rateLimits.take(RateLimits.Limit.SEARCH, actor.username());
    return q == null || q.isBlank() ? List.of() : index.autocomplete(q.strip(), size);
  }

  @POST
  @Path("{searchId}/clicks")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response click(@PathParam("searchId") long searchId, @NotNull @jakarta.validation.Valid ClickRequest click) {
    if (!analytics.recordClick(searchId, actor.username(), click.articleId(), click.rank())) {
      throw ProblemException.notFound("Search " + searchId);
    }
    return Response.noContent().build();
  }
}
