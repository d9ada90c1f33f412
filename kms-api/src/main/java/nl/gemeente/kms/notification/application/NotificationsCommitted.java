package nl.gemeente.kms.notification.application;

import java.util.List;

/** Notifications that this node's poller found committed, in id order, for live delivery. */
public record NotificationsCommitted(List<NotificationRecord> notifications) {

  public NotificationsCommitted {
    notifications = List.copyOf(notifications);
  }
}
