package nl.gemeente.kms.search.application;

import java.util.Collection;
import java.util.List;

/** The full-text index agents search; holds exactly one document per live article. */
public interface ArticleSearchIndex {

  boolean isAvailable();

  void put(SearchDocument document);

  void remove(long articleId);

  /** Replaces the whole content with these documents (start-up catch-up, reindex). */
  int putAll(Collection<SearchDocument> documents);

  SearchResults search(SearchQuery query);

  /** One result: enough for an agent to answer without opening the article. */
  record Hit(
      long articleId,
      String slug,
      String title,
      String department,
      String shortAnswer,
      String externalId,
      List<String> highlights,
      double score) {}

  record SearchResults(long total, List<Hit> hits, long tookMillis) {}

  record SearchQuery(String text, String department, int page, int size) {}
}
