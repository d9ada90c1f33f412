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
    return em.createQuery("select d from DigestDelivery d where d.status = :s order by d.id", DigestDelivery.class)
        .setParameter("s", DeliveryStatus.PENDING)
        .getResultStream()
        .filter(d -> !d.nextAttemptAt().isAfter(now))
        .limit(limit)
        .map(DigestDelivery::id)
        .toList();
  }

  @Override
  public Optional<DigestDelivery> claim(long id, Instant now) {
    DigestDelivery delivery = em.find(DigestDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    return delivery != null && delivery.claim(now) ? Optional.of(delivery) : Optional.empty();
  }

  @Override
  public void recordSent(long id, Instant now) {
    em.find(DigestDelivery.class, id).recordSent(now);
  }

  @Override
  public void recordRetry(long id, String error, Instant retryAt) {
    em.find(DigestDelivery.class, id).recordRetry(error, retryAt);
  }

  @Override
  public void recordFailed(long id, String error) {
    em.find(DigestDelivery.class, id).recordFailed(error);
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
