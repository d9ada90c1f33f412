package nl.gemeente.kms.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.gemeente.kms.report.application.ReportRepository;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.report.ReportState;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Override
  public void add(InconsistencyReport report) {
    em.persist(report);
  }

  @Override
  public Optional<InconsistencyReport> find(long id) {
    return Optional.ofNullable(em.find(InconsistencyReport.class, id));
  }

  @Override
  public Optional<InconsistencyReport> findForUpdate(long id) {
    return Optional.ofNullable(em.find(InconsistencyReport.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<InconsistencyReport> list(String department, ReportState state) {
    // conditions only for the filters given: "? is null" with a null parameter fails on PostgreSQL
    String jpql = "select r from InconsistencyReport r where 1 = 1"
        + (department == null ? "" : " and r.department = :d")
        + (state == null ? "" : " and r.state = :s")
        + " order by r.filedAt desc, r.id desc";
    var query = em.createQuery(jpql, InconsistencyReport.class);
    if (department != null) {
      query.setParameter("d", department);
    }
    if (state != null) {
      query.setParameter("s", state);
    }
    return query.getResultList();
  }

  @Override
  public List<InconsistencyReport> filedBy(String reporter) {
    return em.createQuery(
            "select r from InconsistencyReport r where r.reporter = :u order by r.filedAt desc, r.id desc",
            InconsistencyReport.class)
        .setParameter("u", reporter)
        .getResultList();
  }

  @Override
  public List<InconsistencyReport> forStatistics(String department, Collection<Long> articleIds) {
    String jpql = "select r from InconsistencyReport r where 1 = 1"
        + (department == null ? "" : " and r.department = :d")
        + (articleIds.isEmpty() ? "" : " and r.articleId in :ids");
    var query = em.createQuery(jpql, InconsistencyReport.class);
    if (department != null) {
      query.setParameter("d", department);
    }
    if (!articleIds.isEmpty()) {
      query.setParameter("ids", articleIds);
    }
    return query.getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
