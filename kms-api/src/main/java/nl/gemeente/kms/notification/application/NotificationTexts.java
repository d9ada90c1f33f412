package nl.gemeente.kms.notification.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.gemeente.kms.schema.notification.NotificationContent;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.event.VersionPublished;
import nl.gemeente.kms.workflow.event.VersionScheduled;
import nl.gemeente.kms.workflow.event.VersionSubmitted;

/**
 * What each kind of notification says, in Dutch for the people of the contact center. A
 * publication carries its change summary, change level, valid-from date and a link to the diff
 * against the version it replaces.
 */
public final class NotificationTexts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

  private NotificationTexts() {}

  /** The article as the notification needs it; {@code title} is that of the version concerned. */
  public record ArticleFacts(long id, String title) {}

  public static NotificationContent published(ArticleFacts article, VersionPublished e) {
    boolean first = e.previousVersion() == null;
    String kind = first ? "Nieuw artikel: " : e.changeLevel() == ChangeLevel.MAJOR ? "Belangrijke wijziging: " : "Kleine wijziging: ";
    // valid from the day it went live, unless it names a day itself
    LocalDate validFrom = e.validFrom() != null ? e.validFrom() : e.at().atZone(EditorialWorkflow.ZONE).toLocalDate();
    List<String> lines = new ArrayList<>();
    lines.add("Samenvatting: " + orDash(e.changeSummary()));
    lines.add("Soort wijziging: " + e.changeLevel());
    lines.add("Geldig vanaf: " + DAY.format(validFrom));
    if (e.changeLevel() == ChangeLevel.MAJOR) {
      lines.add("Lees de wijziging en bevestig dat u haar gelezen en begrepen heeft.");
    }
    String link = first ? versionLink(article.id(), e.versionNumber()) : diffLink(article.id(), e.previousVersion(), e.versionNumber());
    return new NotificationContent(NotificationType.PUBLISHED, kind + article.title(), String.join("\n", lines), link,
        article.id(), e.versionNumber(), e.changeLevel(), validFrom);
  }

  public static NotificationContent scheduled(ArticleFacts article, VersionScheduled e, ChangeLevel level, String summary) {
    String body = "Samenvatting: " + orDash(summary) + "\nSoort wijziging: " + level
        + "\nGaat live op: " + DAY.format(e.validFrom());
    return new NotificationContent(NotificationType.SCHEDULED,
        "Gepland per " + DAY.format(e.validFrom()) + ": " + article.title(), body,
        versionLink(article.id(), e.versionNumber()), article.id(), e.versionNumber(), level, e.validFrom());
  }

  /** {@code reason} is null when the version was unscheduled, which asks for no comment. */
  public static NotificationContent scheduleCancelled(
      ArticleFacts article, int version, LocalDate plannedFor, ChangeLevel level, String reason) {
    String planned = plannedFor == null ? "" : " per " + DAY.format(plannedFor);
    String body = "De wijziging die gepland stond" + planned + " gaat niet door; het huidige antwoord blijft gelden."
        + (reason == null || reason.isBlank() ? "" : "\nReden: " + reason.strip());
    return new NotificationContent(NotificationType.SCHEDULE_CANCELLED, "Gaat niet door: " + article.title(), body,
        versionLink(article.id(), version), article.id(), version, level, plannedFor);
  }

  public static NotificationContent withdrawn(ArticleFacts article, int version, String reason) {
    return new NotificationContent(NotificationType.ARCHIVED, "Ingetrokken: " + article.title(),
        "Dit antwoord geldt niet meer. Reden: " + orDash(reason), "/api/articles/" + article.id(),
        article.id(), version, null, null);
  }

  public static NotificationContent reviewRequested(ArticleFacts article, VersionSubmitted e) {
    String body = "Versie " + e.versionNumber() + " is ter review aangeboden door " + e.actor() + "."
        + (e.comment() == null || e.comment().isBlank() ? "" : "\nToelichting: " + e.comment());
    return new NotificationContent(NotificationType.REVIEW_REQUESTED, "Ter review: " + article.title(), body,
        versionLink(article.id(), e.versionNumber()), article.id(), e.versionNumber(), null, null);
  }

  /** Points at the recipient's own publication notification, which is where they confirm. */
  public static NotificationContent reminder(NotificationRecord unconfirmed) {
    NotificationContent original = unconfirmed.content();
    return new NotificationContent(NotificationType.REMINDER, "Herinnering: " + original.title(),
        "U heeft deze belangrijke wijziging nog niet bevestigd als gelezen en begrepen.",
        "/api/notifications/" + unconfirmed.id(), original.articleId(), original.versionNumber(),
        original.changeLevel(), original.validFrom());
  }

  /** The diff endpoint belongs to the article subject; the link is stored even before it exists. */
  public static String diffLink(long articleId, int from, int to) {
    return "/api/articles/" + articleId + "/diff?from=" + from + "&to=" + to;
  }

  static String versionLink(long articleId, int version) {
    return "/api/articles/" + articleId + "/versions/" + version;
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "–" : text.strip();
  }
}
