package nl.gemeente.kms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.search.application.ArticleSearchIndex.Filters;
import nl.gemeente.kms.search.application.ArticleSearchIndex.SearchQuery;
import nl.gemeente.kms.search.application.ArticleSearchIndex.SearchResults;
import nl.gemeente.kms.workflow.Actor;

/** An agent's search: synonyms added, the index asked, and the search remembered for analytics. */
@ApplicationScoped
public class SearchService {

  @Inject ArticleSearchIndex index;
  @Inject Synonyms synonyms;
  @Inject SearchAnalytics analytics;

  /** The results, and the id under which a click on one of them can be recorded. */
  public record AgentResults(Long searchId, long total, boolean totalIsLowerBound, List<ArticleSearchIndex.Hit> hits,
      Map<String, Map<String, Long>> facets, String didYouMean, long tookMillis) {

    static AgentResults of(Long searchId, SearchResults r) {
      return new AgentResults(searchId, r.total(), r.totalIsLowerBound(), r.hits(), r.facets(), r.didYouMean(), r.tookMillis());
    }
  }

  public AgentResults search(String text, Filters filters, int page, int size, boolean facets, boolean typing, Actor actor) {
    if (text == null || text.isBlank()) {
      return AgentResults.of(null, new SearchResults(0, false, List.of(), Map.of(), null, 0));
    }
    String query = text.strip();
    SearchResults results = index.search(new SearchQuery(query, synonyms.alternatives(query), filters, page, size, facets));
    // while the agent is still typing, the half-typed words say nothing about what is missing
    Long searchId = typing ? null
        : analytics.record(actor.username(), query, describe(filters), (int) Math.min(results.total(), Integer.MAX_VALUE), results.tookMillis());
    return AgentResults.of(searchId, results);
  }

  private static String describe(Filters f) {
    StringBuilder s = new StringBuilder();
    if (f.department() != null) {
      s.append("department=").append(f.department()).append(' ');
    }
    if (f.topic() != null) {
      s.append("topic=").append(f.topic()).append(' ');
    }
    if (f.audience() != null) {
      s.append("audience=").append(f.audience());
    }
    return s.isEmpty() ? null : s.toString().trim();
  }
}
