package nl.gemeente.kms.notification.application;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.ChangeLevel;

/**
 * Builds the weekly digest from an employee's notifications of that week. It summarizes changes to
 * knowledge (publications, scheduled changes, withdrawals); review requests and reminders are
 * work items that the inbox already shows, not news of the week.
 */
public final class DigestAssembler {

  static final Set<NotificationType> CHANGES =
      EnumSet.of(NotificationType.PUBLISHED, NotificationType.SCHEDULED, NotificationType.SCHEDULE_CANCELLED,
          NotificationType.ARCHIVED);

  private static final Comparator<NotificationRecord> MAJOR_FIRST_THEN_IN_ORDER =
      Comparator.comparing((NotificationRecord n) -> n.content().changeLevel() != ChangeLevel.MAJOR)
          .thenComparing(NotificationRecord::createdAt)
          .thenComparingLong(NotificationRecord::id);

  private DigestAssembler() {}

  public static Digest assemble(String username, IsoWeek week, List<NotificationRecord> notifications) {
    Map<List<Object>, NotificationRecord> distinct = new LinkedHashMap<>();
    notifications.stream()
        .filter(n -> n.recipient().equals(username))
        .filter(n -> CHANGES.contains(n.content().type()))
        .filter(n -> week.contains(n.createdOn()))
        .sorted(Comparator.comparingLong(NotificationRecord::id))
        // one line per change even if it was announced to this employee twice
        .forEach(n -> distinct.putIfAbsent(key(n), n));
    List<NotificationRecord> items = distinct.values().stream().sorted(MAJOR_FIRST_THEN_IN_ORDER).toList();
    int major = (int) items.stream().filter(n -> n.content().changeLevel() == ChangeLevel.MAJOR).count();
    int awaiting = (int) items.stream().filter(NotificationRecord::awaitsConfirmation).count();
    return new Digest(username, week.toString(), week.monday(), week.sunday(),
        items.stream().map(Digest.Item::of).toList(), major, awaiting);
  }

  private static List<Object> key(NotificationRecord n) {
    var c = n.content();
    return Arrays.asList(c.type(), c.articleId(), c.versionNumber(), Objects.toString(c.link()));
  }
}
