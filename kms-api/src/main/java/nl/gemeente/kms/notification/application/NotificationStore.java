package nl.gemeente.kms.notification.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.schema.notification.Notification;
import nl.gemeente.kms.schema.notification.NotificationType;

/**
 * Where inboxes are kept. The same rows are the bus between application nodes: a notification is
 * visible to pollers in id order (see {@link #add}).
 */
public interface NotificationStore {

  /**
   * Adds notifications in the caller's transaction. Writers are serialized from here to their
   * commit, so a notification with a higher id never becomes visible before one with a lower id.
   */
  void add(List<Notification> notifications);

  /** Only the recipient's own notifications exist for them. */
  Optional<Notification> find(long id, String recipient);

  /** As {@link #find}, locked for the rest of the transaction: two confirmations queue up. */
  Optional<Notification> findForUpdate(long id, String recipient);

  /** Newest first. */
  List<Notification> inbox(String recipient, InboxQuery query);

  long unreadCount(String recipient);

  List<Notification> unread(String recipient);

  /** What committed after {@code id}, oldest first: one query per node per poll. */
  List<Notification> after(long id, int limit);

  /** One recipient's notifications after {@code id}, oldest first: a reconnecting stream's catch-up. */
  List<Notification> afterFor(String recipient, long id, int limit);

  long latestId();

  /** The "read and understood" requests of one published version, by recipient. */
  List<Notification> confirmationRequests(long articleId, int version);

  List<Notification> receivedBetween(String recipient, LocalDate from, LocalDate to);

  /** Who received notifications of these types between the two days, both included. */
  Set<String> recipientsBetween(LocalDate from, LocalDate to, Set<NotificationType> types);

  /** @param beforeId for paging back; null for the newest */
  record InboxQuery(boolean unreadOnly, NotificationType type, Long beforeId, int limit) {}
}
