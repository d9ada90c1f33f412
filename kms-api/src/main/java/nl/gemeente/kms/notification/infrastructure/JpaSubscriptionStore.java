package nl.gemeente.kms.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.notification.application.SubscriptionStore;
import nl.gemeente.kms.schema.notification.Subscription;
import nl.gemeente.kms.schema.notification.SubscriptionKind;

@ApplicationScoped
@Transactional
public class JpaSubscriptionStore implements SubscriptionStore {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Override
  public List<Subscription> of(String username) {
    return em.createQuery("select s from Subscription s where s.username = :u order by s.id", Subscription.class)
        .setParameter("u", username)
        .getResultList();
  }

  @Override
  public Optional<Subscription> find(long id, String username) {
    return Optional.ofNullable(em.find(Subscription.class, id)).filter(s -> s.username().equals(username));
  }

  @Override
  public Optional<Subscription> find(String username, SubscriptionKind kind, String target) {
    return em.createQuery(
            "select s from Subscription s where s.username = :u and s.kind = :k and s.target = :t", Subscription.class)
        .setParameter("u", username)
        .setParameter("k", kind)
        .setParameter("t", target)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Subscription> following(long articleId, String department, Set<String> topics) {
    List<Subscription> result = new ArrayList<>(em.createQuery(
            "select s from Subscription s where (s.kind = :dk and s.target = :d) or (s.kind = :ak and s.target = :a)",
            Subscription.class)
        .setParameter("dk", SubscriptionKind.DEPARTMENT)
        .setParameter("d", department)
        .setParameter("ak", SubscriptionKind.ARTICLE)
        .setParameter("a", Long.toString(articleId))
        .getResultList());
    // topic subscriptions are stored in lower case; an empty IN list is not portable SQL
    if (!topics.isEmpty()) {
      result.addAll(em.createQuery("select s from Subscription s where s.kind = :tk and s.target in :topics", Subscription.class)
          .setParameter("tk", SubscriptionKind.TOPIC)
          .setParameter("topics", topics.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList())
          .getResultList());
    }
    return result;
  }

  @Override
  public void add(Subscription subscription) {
    em.persist(subscription);
    em.flush();
  }

  @Override
  public void remove(Subscription subscription) {
    em.remove(em.contains(subscription) ? subscription : em.merge(subscription));
  }
}
