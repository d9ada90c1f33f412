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

  /**
   * What was recorded in [from, to), oldest first, for the administrators' export. Beyond {@code
   * limit} lines the oldest are left out, not the newest: the recent past is what an inquiry asks
   * about first, and a shorter period gets the rest.
   */
  public List<AuditEntry> between(java.time.Instant from, java.time.Instant to, int limit) {
    List<AuditEntry> newestFirst = em.createQuery(
            "select e from AuditEntry e where e.occurredAt >= :f and e.occurredAt < :t order by e.occurredAt desc, e.id desc",
            AuditEntry.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .setMaxResults(limit)
        .getResultList();
    return newestFirst.reversed();
  }

  public List<AuditEntry> forArticle(long articleId) {
    return em.createQuery(
            "select e from AuditEntry e where e.articleId = :id order by e.occurredAt, e.id", AuditEntry.class)
        .setParameter("id", articleId)
        .getResultList();
  }
}
