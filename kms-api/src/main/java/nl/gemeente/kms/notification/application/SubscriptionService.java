package nl.gemeente.kms.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gemeente.kms.article.application.ArticleNotFound;
import nl.gemeente.kms.article.application.ArticleQueries;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.notification.application.NotificationException.InvalidSubscription;
import nl.gemeente.kms.notification.application.NotificationException.NotFound;
import nl.gemeente.kms.schema.notification.Subscription;
import nl.gemeente.kms.schema.notification.SubscriptionKind;
import nl.gemeente.kms.workflow.Actor;

/**
 * What an employee follows. A subscription names something that exists and that the employee may
 * see; a refused request stores nothing. Subscribing twice to the same thing is harmless.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {

  static final int TOPIC_MAX = 80;

  @Inject SubscriptionStore store;
  @Inject ArticleRepository articles;
  @Inject ArticleQueries queries;
  @Inject Clock clock;

  /** @param created false when the employee already followed it */
  public record Subscribed(Subscription subscription, boolean created) {}

  public List<Subscription> of(Actor actor) {
    return store.of(actor.username());
  }

  public Subscribed subscribe(Actor actor, String kind, String target) {
    SubscriptionKind parsed = kind(kind);
    if (target == null || target.isBlank()) {
      throw new InvalidSubscription("target", "required", "Name the department, topic or article to follow.");
    }
    String normalized = switch (parsed) {
      case DEPARTMENT -> department(target.strip());
      case TOPIC -> topic(target);
      case ARTICLE -> article(target.strip(), actor);
    };
    Optional<Subscription> existing = store.find(actor.username(), parsed, normalized);
    if (existing.isPresent()) {
      return new Subscribed(existing.get(), false);
    }
    Subscription subscription = new Subscription(actor.username(), parsed, normalized, clock.instant());
    store.add(subscription);
    return new Subscribed(subscription, true);
  }

  public void unsubscribe(Actor actor, long id) {
    store.remove(store.find(id, actor.username()).orElseThrow(() -> NotFound.notYours("Subscription " + id)));
  }

  private static SubscriptionKind kind(String kind) {
    String allowed = "Choose one of " + Arrays.toString(SubscriptionKind.values()) + ".";
    if (kind == null || kind.isBlank()) {
      throw new InvalidSubscription("kind", "required", allowed);
    }
    try {
      return SubscriptionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidSubscription("kind", "one-of", "Unknown kind " + kind + ". " + allowed);
    }
  }

  private String department(String code) {
    return articles.department(code)
        .map(d -> d.code())
        .orElseThrow(() -> new InvalidSubscription("target", "unknown-department", "There is no department " + code + "."));
  }

  private static String topic(String topic) {
    String normalized = topic.strip().toLowerCase(Locale.ROOT);
    if (normalized.length() > TOPIC_MAX) {
      throw new InvalidSubscription("target", "max-length", "A topic is at most " + TOPIC_MAX + " characters.");
    }
    return normalized;
  }

  /** An article this employee cannot see answers like one that does not exist. */
  private String article(String id, Actor actor) {
    InvalidSubscription unknown = new InvalidSubscription("target", "unknown-article", "There is no article " + id + ".");
    long articleId;
    try {
      articleId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw unknown;
    }
    try {
      return Long.toString(queries.article(articleId, actor).id());
    } catch (ArticleNotFound e) {
      throw unknown;
    }
  }
}
