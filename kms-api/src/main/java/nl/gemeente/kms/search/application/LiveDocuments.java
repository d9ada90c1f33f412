package nl.gemeente.kms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
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

  /** The live documents of these articles in one query; an article with none is simply absent. */
  @Transactional
  public Map<Long, SearchDocument> ofAll(Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    return withTopics(em.createQuery(
            "select v from ArticleVersion v join fetch v.article where v.state = :s and v.article.id in :ids",
            ArticleVersion.class), articleIds.size())
        .setParameter("s", VersionState.PUBLISHED)
        .setParameter("ids", List.copyOf(articleIds))
        .getResultList()
        .stream()
        .map(SearchDocument::of)
        .collect(Collectors.toMap(SearchDocument::articleId, d -> d, (a, b) -> a));
  }

  @Transactional
  public long count() {
    return em.createQuery("select count(v) from ArticleVersion v where v.state = :s", Long.class)
        .setParameter("s", VersionState.PUBLISHED)
        .getSingleResult();
  }

  /** One page of live documents in article order, for reindexing in constant memory: two queries a page. */
  @Transactional
  public List<SearchDocument> page(long afterArticleId, int size) {
    return withTopics(em.createQuery(
            "select v from ArticleVersion v join fetch v.article where v.state = :s and v.article.id > :after order by v.article.id",
            ArticleVersion.class), size)
        .setParameter("s", VersionState.PUBLISHED)
        .setParameter("after", afterArticleId)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(SearchDocument::of)
        .toList();
  }

  /**
   * The topics of all articles in the result in one more query ({@code article_id in (...)}) instead
   * of one query per article. IN rather than JOIN or EXISTS batching: those repeat the main query,
   * which is wrong under setMaxResults. The article itself comes by the fetch join in the query.
   */
  private static TypedQuery<ArticleVersion> withTopics(TypedQuery<ArticleVersion> query, int batchSize) {
    return query
        .setHint("eclipselink.batch", "v.article.topics")
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch.size", Math.max(1, batchSize));
  }
}
