package nl.gemeente.kms.article.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gemeente.kms.article.application.ArticleListFilter;
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
  public List<Article> list(ArticleListFilter filter, int offset, int limit) {
    StringBuilder jpql = new StringBuilder("select a from Article a where 1 = 1");
    filter.department().ifPresent(d -> jpql.append(" and a.department = :d"));
    if (!filter.newestIn().isEmpty() || filter.titleContains().isPresent()) {
      jpql.append(" and exists (select v from ArticleVersion v where v.article = a")
          .append(" and v.number = (select max(w.number) from ArticleVersion w where w.article = a)");
      if (!filter.newestIn().isEmpty()) {
        jpql.append(" and v.state in :states");
      }
      filter.titleContains().ifPresent(q -> jpql.append(" and lower(v.title) like :q escape '!'"));
      jpql.append(")");
    }
    var query = em.createQuery(jpql.append(" order by a.id desc").toString(), Article.class);
    filter.department().ifPresent(d -> query.setParameter("d", d));
    if (!filter.newestIn().isEmpty()) {
      query.setParameter("states", List.copyOf(filter.newestIn()));
    }
    filter.titleContains().ifPresent(q -> query.setParameter("q", "%" + likeEscaped(q.toLowerCase(Locale.ROOT)) + "%"));
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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
