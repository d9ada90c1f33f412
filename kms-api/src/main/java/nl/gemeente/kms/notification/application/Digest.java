package nl.gemeente.kms.notification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.ChangeLevel;

/**
 * One employee's summary of a week's changes in what they follow: major changes first, and how
 * many of those still wait for their "read and understood".
 */
public record Digest(
    String username,
    String week,
    LocalDate from,
    LocalDate to,
    List<Item> items,
    int majorChanges,
    int awaitingConfirmation) {

  public Digest {
    items = List.copyOf(items);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** One change, as its notification told it. */
  public record Item(
      long notificationId,
      NotificationType type,
      String title,
      String body,
      String link,
      Long articleId,
      Integer version,
      ChangeLevel changeLevel,
      LocalDate validFrom,
      Instant at,
      boolean awaitingConfirmation) {

    static Item of(NotificationRecord n) {
      var c = n.content();
      return new Item(n.id(), c.type(), c.title(), c.body(), c.link(), c.articleId(), c.versionNumber(),
          c.changeLevel(), c.validFrom(), n.createdAt(), n.awaitsConfirmation());
    }
  }
}
