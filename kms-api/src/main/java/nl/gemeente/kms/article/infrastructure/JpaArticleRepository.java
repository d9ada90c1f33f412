package nl.gemeente.kms.article.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.identity.Department;
import nl.gemeente.kms.workflow.VersionState;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Override
  public Optional<Article> find(long id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  @Override
  public Optional<Article> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Article> findBySlug(String slug) {
    return em.createQuery("select a from Article a where a.slug = :slug", Article.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Article> findByExternalId(String externalId) {
    return em.createQuery("select a from Article a where a.externalId = :x", Article.class)
        .setParameter("x", externalId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Article> list(String department, int offset, int limit) {
    var query =
        department == null
            ? em.createQuery("select a from Article a order by a.id", Article.class)
            : em.createQuery("select a from Article a where a.department = :d order by a.id", Article.class)
                .setParameter("d", department);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public void add(Article article) {
    em.persist(article);
  }

  @Override
  public Optional<Department> department(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Department.class, code));
  }

  @Override
  public List<Department> departments() {
    return em.createQuery("select d from Department d order by d.name", Department.class).getResultList();
  }

  @Override
  public List<ArticleVersion> scheduledDueOn(LocalDate today) {
    return em.createQuery(
            "select v from ArticleVersion v where v.state = :s and v.validFrom <= :today", ArticleVersion.class)
        .setParameter("s", VersionState.SCHEDULED)
        .setParameter("today", today)
        .getResultList();
  }

  @Override
  public List<ArticleVersion> publishedExpiredBefore(LocalDate today) {
    return em.createQuery(
            "select v from ArticleVersion v where v.state = :s and v.validUntil < :today", ArticleVersion.class)
        .setParameter("s", VersionState.PUBLISHED)
        .setParameter("today", today)
        .getResultList();
  }

  @Override
  public List<ArticleVersion> allPublished() {
    return em.createQuery("select v from ArticleVersion v where v.state = :s", ArticleVersion.class)
        .setParameter("s", VersionState.PUBLISHED)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
