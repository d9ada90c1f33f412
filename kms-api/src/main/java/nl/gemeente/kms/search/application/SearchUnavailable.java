package nl.gemeente.kms.search.application;

/** Elasticsearch cannot be reached or refused the request; search answers 503, the rest works on. */
public class SearchUnavailable extends RuntimeException {

  public SearchUnavailable(String reason) {
    super(reason);
  }
}
