package nl.gemeente.kms.search.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.search.application.ArticleSearchIndex;
import nl.gemeente.kms.search.application.ArticleSearchIndex.SearchQuery;
import nl.gemeente.kms.search.application.ArticleSearchIndex.SearchResults;

/** Agent search over the live articles. The query text is always text, never query syntax. */
@RequestScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject ArticleSearchIndex index;
  @Inject CurrentActor actor;

  @GET
  public SearchResults search(
      @QueryParam("q") @Size(max = 500) String q,
      @QueryParam("department") @Size(max = 40) String department,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100) int page,
      @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size) {
    actor.get();
    if (q == null || q.isBlank()) {
      return new SearchResults(0, List.of(), 0);
    }
    return index.search(new SearchQuery(q.strip(), department, page, size));
  }
}
