package nl.gemeente.kms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.workflow.VersionState;

/**
 * What the index should hold, read from the database: the one live version of an article, or
 * nothing. Workers index what is live now rather than a snapshot from the event, so replaying an
 * entry twice or out of order cannot put an old text back.
 */
@ApplicationScoped
public class LiveDocuments {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Transactional
  public Optional<SearchDocument> of(long articleId) {
    Article article = em.find(Article.class, articleId);
    return article == null ? Optional.empty() : article.versionInState(VersionState.PUBLISHED).map(SearchDocument::of);
  }

  /** The live documents of these articles in two queries; an article with none is simply absent. */
  @Transactional
  public Map<Long, SearchDocument> ofAll(Collection<Long> articleIds) {
    return documents(List.copyOf(articleIds)).stream()
        .collect(Collectors.toMap(SearchDocument::articleId, d -> d, (a, b) -> a));
  }

  @Transactional
  public long count() {
    return em.createQuery("select count(v) from ArticleVersion v where v.state = :s", Long.class)
        .setParameter("s", VersionState.PUBLISHED)
        .getSingleResult();
  }

  /**
   * The live version number of every article with one, for the consistency check: one projection
   * query, no entities, so it stays quick at 100,000 articles.
   */
  @Transactional
  public Map<Long, Integer> liveVersionNumbers() {
    Map<Long, Integer> numbers = new HashMap<>();
    em.createQuery("select v.article.id, v.number from ArticleVersion v where v.state = :s", Object[].class)
        .setParameter("s", VersionState.PUBLISHED)
        .getResultStream()
        .forEach(row -> numbers.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
    return numbers;
  }

  /** One page of live documents in article order, for reindexing in constant memory: three queries a page. */
  @Transactional
  public List<SearchDocument> page(long afterArticleId, int size) {
    List<Long> ids = em.createQuery(
            "select v.article.id from ArticleVersion v where v.state = :s and v.article.id > :after order by v.article.id",
            Long.class)
        .setParameter("s", VersionState.PUBLISHED)
        .setParameter("after", afterArticleId)
        .setMaxResults(size)
        .getResultList();
    return documents(ids);
  }

  /**
   * The live documents of these articles, in article order. The articles come first with their
   * topics in one join, so that reading the versions finds them in the persistence context: read
   * through the versions, every article loads its (eager) topics with a query of its own, and a
   * reindex of 100,000 articles made 100,000 extra queries.
   */
  private List<SearchDocument> documents(List<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    em.createQuery("select distinct a from Article a left join fetch a.topics where a.id in :ids", Article.class)
        .setParameter("ids", articleIds)
        .getResultList();
    return em.createQuery(
            "select v from ArticleVersion v where v.state = :s and v.article.id in :ids order by v.article.id",
            ArticleVersion.class)
        .setParameter("s", VersionState.PUBLISHED)
        .setParameter("ids", articleIds)
        .getResultList()
        .stream()
        .map(SearchDocument::of)
        .toList();
  }
}
