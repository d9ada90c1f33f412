package nl.gemeente.kms.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.gemeente.kms.notification.application.NotificationException.AlreadyConfirmed;
import nl.gemeente.kms.notification.application.NotificationException.ConfirmationNotAsked;
import nl.gemeente.kms.notification.application.NotificationException.NotFound;
import nl.gemeente.kms.notification.application.NotificationStore.InboxQuery;
import nl.gemeente.kms.schema.notification.Notification;

/** An employee's own inbox: reading, marking read, and "read and understood" for major changes. */
@ApplicationScoped
@Transactional
public class NotificationService {

  @Inject NotificationStore store;
  @Inject Clock clock;

  public List<NotificationRecord> inbox(String username, InboxQuery query) {
    return store.inbox(username, query).stream().map(NotificationRecord::of).toList();
  }

  public NotificationRecord get(long id, String username) {
    return NotificationRecord.of(own(id, username));
  }

  public long unreadCount(String username) {
    return store.unreadCount(username);
  }

  public NotificationRecord markRead(long id, String username) {
    Notification n = own(id, username);
    n.markRead(now());
    return NotificationRecord.of(n);
  }

  public int markAllRead(String username) {
    List<Notification> unread = store.unread(username);
    var now = now();
    unread.forEach(n -> n.markRead(now));
    return unread.size();
  }

  /**
   * Records "read and understood". The row is locked first, so of two confirmations at once the
   * second finds the first and is refused like any repeat.
   */
  public NotificationRecord confirm(long id, String username) {
    Notification n = store.findForUpdate(id, username).orElseThrow(() -> NotFound.notYours("Notification " + id));
    if (!n.content().asksForConfirmation()) {
      throw new ConfirmationNotAsked(id);
    }
    if (n.confirmedAt().isPresent()) {
      throw new AlreadyConfirmed(id);
    }
    n.confirm(now());
    return NotificationRecord.of(n);
  }

  /** Missed notifications for a reconnecting stream, oldest first. */
  public List<NotificationRecord> missed(String username, long afterId, int limit) {
    return store.afterFor(username, afterId, limit).stream().map(NotificationRecord::of).toList();
  }

  /** To the microsecond, as the database keeps it: the answer then equals every later read. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Notification own(long id, String username) {
    return store.find(id, username).orElseThrow(() -> NotFound.notYours("Notification " + id));
  }
}
