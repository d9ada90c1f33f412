package nl.gemeente.kms.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.article.application.ArticleQueries;
import nl.gemeente.kms.notification.application.NotificationException.NotFound;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.notification.Notification;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.DepartmentScope;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.NotPermitted;

/**
 * Who has read and understood a major change, for the knowledge managers and the editors of the
 * owning department, and reminders to those who have not.
 */
@ApplicationScoped
@Transactional
public class ConfirmationService {

  @Inject ArticleQueries queries;
  @Inject NotificationStore store;
  @Inject RecipientDirectory directory;
  @Inject Clock clock;

  /** One reader of the change; {@code confirmedAt} is null while they have not confirmed. */
  public record Reader(String username, String displayName, Instant confirmedAt) {}

  public record Statistics(
      long articleId, int version, String title, int readers, int confirmed, double percentage,
      List<Reader> confirmedBy, List<Reader> notConfirmed) {}

  public Statistics statistics(long articleId, int version, Actor actor) {
    List<Notification> requests = requests(articleId, version, actor, "see read confirmations");
    Map<String, String> names = directory.displayNames(requests.stream().map(Notification::recipient).toList());
    List<Reader> readers = requests.stream()
        .map(n -> new Reader(n.recipient(), names.getOrDefault(n.recipient(), n.recipient()), n.confirmedAt().orElse(null)))
        .toList();
    List<Reader> confirmed = readers.stream().filter(r -> r.confirmedAt() != null).toList();
    List<Reader> pending = readers.stream().filter(r -> r.confirmedAt() == null).toList();
    return new Statistics(articleId, version, requests.get(0).content().title(), readers.size(), confirmed.size(),
        percentage(confirmed.size(), readers.size()), confirmed, pending);
  }

  /** Sends a reminder to each reader who has not confirmed yet; returns whom. */
  public List<String> remind(long articleId, int version, Actor actor) {
    List<NotificationRecord> pending = requests(articleId, version, actor, "send confirmation reminders").stream()
        .map(NotificationRecord::of)
        .filter(NotificationRecord::awaitsConfirmation)
        .toList();
    Instant now = clock.instant();
    var day = now.atZone(EditorialWorkflow.ZONE).toLocalDate();
    store.add(pending.stream().map(n -> new Notification(n.recipient(), NotificationTexts.reminder(n), now, day)).toList());
    return pending.stream().map(NotificationRecord::recipient).toList();
  }

  /** One decimal, so that 2 of 3 reads as 66.7. */
  static double percentage(int part, int whole) {
    return whole == 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
  }

  private List<Notification> requests(long articleId, int version, Actor actor, String action) {
    Article article = queries.article(articleId, actor);
    if (!DepartmentScope.canAuthor(actor, article.department())) {
      throw new NotPermitted(actor.username(), action,
          "only knowledge managers and editors of " + article.department() + " may");
    }
    List<Notification> requests = store.confirmationRequests(articleId, version);
    if (requests.isEmpty()) {
      throw new NotFound("Version " + version + " of article " + articleId
          + " asked nobody for a read confirmation: only a published major change does.");
    }
    return requests;
  }
}
