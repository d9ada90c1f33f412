package nl.gemeente.kms.article.application;

/**
 * No such article or version for this employee. Hidden articles answer the same way as missing
 * ones, so their existence is not revealed to those who may not see them.
 */
public class ArticleNotFound extends RuntimeException {

  public ArticleNotFound(String what) {
    super(what + " does not exist or is not visible to you.");
  }
}
