package nl.gemeente.kms.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.notification.application.DigestDeliveryStore;
import nl.gemeente.kms.schema.notification.DeliveryStatus;
import nl.gemeente.kms.schema.notification.DigestDelivery;
import nl.gemeente.kms.schema.notification.DigestRun;

/** Each method commits on its own (REQUIRES_NEW), so a claim is stored before any mail goes out. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaDigestDeliveryStore implements DigestDeliveryStore {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Override
  public Set<String> usernamesFor(String isoWeek) {
    return new HashSet<>(em.createQuery("select d.username from DigestDelivery d where d.isoWeek = :w", String.class)
        .setParameter("w", isoWeek)
        .getResultList());
  }

  @Override
  public void add(DigestDelivery delivery) {
    em.persist(delivery);
    em.flush();
  }

  @Override
  public List<Long> due(Instant now, int limit) {
    // few rows wait at any time; comparing the moment here keeps Instant out of the query
    // a SENDING row is due when its claim ran out: the node that held it died while sending
    return em.createQuery("select d from DigestDelivery d where d.status in :s order by d.id", DigestDelivery.class)
        .setParameter("s", List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING))
        .getResultStream()
        .filter(d -> !d.nextAttemptAt().isAfter(now))
        .limit(limit)
        .map(DigestDelivery::id)
        .toList();
  }

  @Override
  public Optional<DigestDelivery> claim(long id, Instant now, Instant until) {
    DigestDelivery delivery = em.find(DigestDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    return delivery != null && delivery.claim(now, until) ? Optional.of(delivery) : Optional.empty();
  }

  @Override
  public boolean recordSent(long id, int attempt, Instant now) {
    return claimedBy(id, attempt).map(d -> { d.recordSent(now); return true; }).orElse(false);
  }

  @Override
  public boolean recordRetry(long id, int attempt, String error, Instant retryAt) {
    return claimedBy(id, attempt).map(d -> { d.recordRetry(error, retryAt); return true; }).orElse(false);
  }

  @Override
  public boolean recordFailed(long id, int attempt, String error) {
    return claimedBy(id, attempt).map(d -> { d.recordFailed(error); return true; }).orElse(false);
  }

  private Optional<DigestDelivery> claimedBy(long id, int attempt) {
    DigestDelivery delivery = em.find(DigestDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    return delivery != null && delivery.isClaimedBy(attempt) ? Optional.of(delivery) : Optional.empty();
  }

  @Override
  public long waiting(String isoWeek) {
    return em.createQuery(
            "select count(d) from DigestDelivery d where d.isoWeek = :w and d.status = :s", Long.class)
        .setParameter("w", isoWeek)
        .setParameter("s", DeliveryStatus.PENDING)
        .getSingleResult();
  }

  @Override
  public boolean startRun(String isoWeek, Instant now) {
    if (em.find(DigestRun.class, isoWeek) != null) {
      return false;
    }
    em.persist(new DigestRun(isoWeek, now));
    em.flush();
    return true;
  }
}
