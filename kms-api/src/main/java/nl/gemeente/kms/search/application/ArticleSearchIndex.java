package nl.gemeente.kms.search.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The full-text index agents search; holds exactly one document per live article. */
public interface ArticleSearchIndex {

  boolean isAvailable();

  void put(SearchDocument document);

  void remove(long articleId);

  /** Puts and removes in one round trip: how the outbox catches up after a bulk import or an outage. */
  void apply(Collection<SearchDocument> documents, Collection<Long> removedArticleIds);

  SearchResults search(SearchQuery query);

  List<Suggestion> autocomplete(String prefix, int size);

  /**
   * What an agent asked. {@code alternatives} are the same question in other words (synonyms),
   * searched beside the text itself.
   */
  record SearchQuery(
      String text, List<String> alternatives, Filters filters, int page, int size, boolean facets) {}

  record Filters(String department, String topic, String audience) {
    public static final Filters NONE = new Filters(null, null, null);
  }

  /** One result: enough for an agent to answer without opening the article. */
  record Hit(
      long articleId,
      String slug,
      String title,
      String department,
      String shortAnswer,
      String externalId,
      int versionNumber,
      List<String> highlights,
      double score) {}

  /** {@code totalIsLowerBound}: there are more hits than {@code total}, which were not counted. */
  record SearchResults(
      long total, boolean totalIsLowerBound, List<Hit> hits, Map<String, Map<String, Long>> facets, String didYouMean, long tookMillis) {}

  record Suggestion(long articleId, String title, String department) {}
}
