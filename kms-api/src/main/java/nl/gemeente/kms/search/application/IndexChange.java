package nl.gemeente.kms.search.application;

/**
 * The searchable state of one article changed: {@code document} is its new live version, or null
 * when nothing of it may be found any more (archived, expired).
 */
public record IndexChange(long articleId, SearchDocument document) {

  public static IndexChange live(SearchDocument document) {
    return new IndexChange(document.articleId(), document);
  }

  public static IndexChange gone(long articleId) {
    return new IndexChange(articleId, null);
  }
}
