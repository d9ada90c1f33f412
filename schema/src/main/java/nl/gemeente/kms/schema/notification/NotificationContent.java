package nl.gemeente.kms.schema.notification;

import java.time.LocalDate;
import java.util.Objects;
import nl.gemeente.kms.workflow.ChangeLevel;

/**
 * What a notification says, the same for every recipient of one change. Only {@code type} and
 * {@code title} are required, so that other subjects can notify about things that are not article
 * versions; the publication fields ({@code changeLevel}, {@code validFrom}) are null elsewhere.
 *
 * @param link a relative API path to what the notification is about, e.g. the diff of a new version
 */
public record NotificationContent(
    NotificationType type,
    String title,
    String body,
    String link,
    Long articleId,
    Integer versionNumber,
    ChangeLevel changeLevel,
    LocalDate validFrom) {

  public static final int TITLE_MAX = 300;
  public static final int BODY_MAX = 2000;

  public NotificationContent {
    Objects.requireNonNull(type, "type");
    title = clip(Objects.requireNonNull(title, "title"), TITLE_MAX);
    body = body == null ? null : clip(body, BODY_MAX);
  }

  /**
   * Only a major change that was published asks its readers for a "read and understood": a typo
   * fix does not, and neither does an announcement of what is still to come.
   */
  public boolean asksForConfirmation() {
    return type == NotificationType.PUBLISHED && changeLevel == ChangeLevel.MAJOR;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
