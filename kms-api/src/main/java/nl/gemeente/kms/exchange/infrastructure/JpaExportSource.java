package nl.gemeente.kms.exchange.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.gemeente.kms.exchange.application.ExportSource;
import nl.gemeente.kms.schema.article.Article;

/** Keyset paging (id above the last one seen) rather than offsets, which grow slower with every page. */
@ApplicationScoped
public class JpaExportSource implements ExportSource {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Override
  public List<Article> page(String department, long afterId, int size) {
    var query = department == null
        ? em.createQuery("select a from Article a where a.id > :after order by a.id", Article.class)
        : em.createQuery("select a from Article a where a.id > :after and a.department = :d order by a.id", Article.class)
            .setParameter("d", department);
    return query.setParameter("after", afterId).setMaxResults(size).getResultList();
  }
}
