package nl.gemeente.kms.exchange.application;

/** What importing one article did. */
public enum ImportOutcome {
  /** A new article. */
  CREATED,
  /** An article with the same external id got a new version (or new topics, audience or source). */
  UPDATED,
  /** An article with the same external id already has exactly this content. */
  SKIPPED
}
