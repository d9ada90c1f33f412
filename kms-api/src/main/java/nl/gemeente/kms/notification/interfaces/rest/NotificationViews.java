package nl.gemeente.kms.notification.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.kms.notification.application.NotificationRecord;
import nl.gemeente.kms.notification.application.RecipientRules.AutomaticFollow;
import nl.gemeente.kms.schema.notification.Subscription;

/** The JSON shapes of the notification API; the stream sends {@link NotificationView} too. */
public final class NotificationViews {

  private NotificationViews() {}

  /** {@code confirmationRequested}: this is a major change to confirm as read and understood. */
  public record NotificationView(
      long id,
      String type,
      String title,
      String body,
      String link,
      Long articleId,
      Integer version,
      String changeLevel,
      LocalDate validFrom,
      Instant createdAt,
      boolean read,
      Instant readAt,
      boolean confirmationRequested,
      Instant confirmedAt) {

    static NotificationView of(NotificationRecord n) {
      var c = n.content();
      return new NotificationView(n.id(), c.type().name(), c.title(), c.body(), c.link(), c.articleId(),
          c.versionNumber(), c.changeLevel() == null ? null : c.changeLevel().name(), c.validFrom(), n.createdAt(),
          n.isRead(), n.readAt(), c.asksForConfirmation(), n.confirmedAt());
    }
  }

  public record UnreadCount(long unread) {}

  public record MarkedRead(int marked) {}

  public record SubscribeRequest(String kind, String target) {}

  public record SubscriptionView(long id, String kind, String target, Instant createdAt) {
    static SubscriptionView of(Subscription s) {
      return new SubscriptionView(s.id(), s.kind().name(), s.target(), s.createdAt());
    }
  }

  /** {@code automatic}: what the employee follows by their roles, without a subscription. */
  public record SubscriptionsView(List<SubscriptionView> subscriptions, List<AutomaticFollow> automatic) {}

  public record RemindersView(int reminded, List<String> usernames) {}
}
