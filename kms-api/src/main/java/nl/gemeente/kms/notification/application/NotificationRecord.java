package nl.gemeente.kms.notification.application;

import java.time.Instant;
import java.time.LocalDate;
import nl.gemeente.kms.schema.notification.Notification;
import nl.gemeente.kms.schema.notification.NotificationContent;

/** A notification as read from the inbox: detached from persistence, safe to hand to other threads. */
public record NotificationRecord(
    long id,
    String recipient,
    NotificationContent content,
    Instant createdAt,
    LocalDate createdOn,
    Instant readAt,
    Instant confirmedAt) {

  public static NotificationRecord of(Notification n) {
    return new NotificationRecord(
        n.id(), n.recipient(), n.content(), n.createdAt(), n.createdOn(),
        n.readAt().orElse(null), n.confirmedAt().orElse(null));
  }

  public boolean isRead() {
    return readAt != null;
  }

  /** A major change this employee has not yet declared read and understood. */
  public boolean awaitsConfirmation() {
    return content.asksForConfirmation() && confirmedAt == null;
  }
}
