package nl.gemeente.kms.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.notification.application.NotificationStore;
import nl.gemeente.kms.schema.notification.Notification;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.ChangeLevel;

@ApplicationScoped
@Transactional
public class JpaNotificationStore implements NotificationStore {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return;
    }
    // the row lock is held to commit: the next writer's ids are drawn only after ours are visible
    em.createNativeQuery("UPDATE notification_writer SET last_write = ? WHERE id = 1")
        .setParameter(1, Timestamp.from(clock.instant()))
        .executeUpdate();
    notifications.forEach(em::persist);
    em.flush();
  }

  @Override
  public Optional<Notification> find(long id, String recipient) {
    return Optional.ofNullable(em.find(Notification.class, id)).filter(n -> n.recipient().equals(recipient));
  }

  @Override
  public Optional<Notification> findForUpdate(long id, String recipient) {
    return Optional.ofNullable(em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(n -> n.recipient().equals(recipient));
  }

  @Override
  public List<Notification> inbox(String recipient, InboxQuery query) {
    StringBuilder jpql = new StringBuilder("select n from Notification n where n.recipient = :r");
    if (query.unreadOnly()) {
      jpql.append(" and n.readAt is null");
    }
    if (query.type() != null) {
      jpql.append(" and n.type = :t");
    }
    if (query.beforeId() != null) {
      jpql.append(" and n.id < :before");
    }
    TypedQuery<Notification> q = em.createQuery(jpql.append(" order by n.id desc").toString(), Notification.class)
        .setParameter("r", recipient);
    if (query.type() != null) {
      q.setParameter("t", query.type());
    }
    if (query.beforeId() != null) {
      q.setParameter("before", query.beforeId());
    }
    return q.setMaxResults(query.limit()).getResultList();
  }

  @Override
  public long unreadCount(String recipient) {
    return em.createQuery("select count(n) from Notification n where n.recipient = :r and n.readAt is null", Long.class)
        .setParameter("r", recipient)
        .getSingleResult();
  }

  @Override
  public List<Notification> unread(String recipient) {
    return em.createQuery("select n from Notification n where n.recipient = :r and n.readAt is null", Notification.class)
        .setParameter("r", recipient)
        .getResultList();
  }

  @Override
  public List<Notification> after(long id, int limit) {
    return em.createQuery("select n from Notification n where n.id > :id order by n.id", Notification.class)
        .setParameter("id", id)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Notification> afterFor(String recipient, long id, int limit) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :r and n.id > :id order by n.id", Notification.class)
        .setParameter("r", recipient)
        .setParameter("id", id)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long latestId() {
    Long max = em.createQuery("select max(n.id) from Notification n", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  @Override
  public List<Notification> confirmationRequests(long articleId, int version) {
    return em.createQuery(
            "select n from Notification n where n.articleId = :a and n.versionNumber = :v and n.type = :t"
                + " and n.changeLevel = :major order by n.recipient",
            Notification.class)
        .setParameter("a", articleId)
        .setParameter("v", version)
        .setParameter("t", NotificationType.PUBLISHED)
        .setParameter("major", ChangeLevel.MAJOR)
        .getResultList();
  }

  @Override
  public List<Notification> receivedBetween(String recipient, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :r and n.createdOn >= :from and n.createdOn <= :to"
                + " order by n.id",
            Notification.class)
        .setParameter("r", recipient)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Set<String> recipientsBetween(LocalDate from, LocalDate to, Set<NotificationType> types) {
    return new HashSet<>(em.createQuery(
            "select distinct n.recipient from Notification n where n.createdOn >= :from and n.createdOn <= :to"
                + " and n.type in :types",
            String.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("types", List.copyOf(types))
        .getResultList());
  }
}
