package nl.gemeente.kms.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.gemeente.kms.schema.audit.AuditEntry;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so an audit line exists
 * exactly when the change it describes was committed. There is no update or delete.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditEntry entry) {
    em.persist(entry);
  }

  /** Everything recorded in [from, to), for the administrators' export. */
  public List<AuditEntry> between(java.time.Instant from, java.time.Instant to, int limit) {
    return em.createQuery(
            "select e from AuditEntry e where e.occurredAt >= :f and e.occurredAt < :t order by e.occurredAt, e.id",
            AuditEntry.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<AuditEntry> forArticle(long articleId) {
    return em.createQuery(
            "select e from AuditEntry e where e.articleId = :id order by e.occurredAt, e.id", AuditEntry.class)
        .setParameter("id", articleId)
        .getResultList();
  }
}
