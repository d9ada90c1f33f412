package nl.gemeente.kms.notification.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.schema.notification.Subscription;
import nl.gemeente.kms.schema.notification.SubscriptionKind;

/** What employees follow. Lookups by id only find the employee's own subscriptions. */
public interface SubscriptionStore {

  List<Subscription> of(String username);

  Optional<Subscription> find(long id, String username);

  Optional<Subscription> find(String username, SubscriptionKind kind, String target);

  /** Every subscription that follows this article, its department or one of its topics. */
  List<Subscription> following(long articleId, String department, Set<String> topics);

  void add(Subscription subscription);

  void remove(Subscription subscription);
}
