package nl.gemeente.kms.article.application;

import java.util.List;
import java.util.Optional;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.identity.Department;

/** Where articles are kept. Lookups return {@link Optional}; nothing here decides what is allowed. */
public interface ArticleRepository {

  Optional<Article> find(long id);

  /** Locks the article row for the rest of the transaction: two approvals of one article queue up. */
  Optional<Article> findForUpdate(long id);

  Optional<Article> findBySlug(String slug);

  Optional<Article> findByExternalId(String externalId);

  /** Newest first, so that what an editor just worked on is on the first page. */
  List<Article> list(ArticleListFilter filter, int offset, int limit);

  void add(Article article);

  Optional<Department> department(String code);

  List<Department> departments();

  /** Scheduled versions whose valid-from day has come. */
  List<ArticleVersion> scheduledDueOn(java.time.LocalDate today);

  /** Published versions whose valid-until day has passed. */
  List<ArticleVersion> publishedExpiredBefore(java.time.LocalDate today);

  List<ArticleVersion> allPublished();

  void flush();

}
