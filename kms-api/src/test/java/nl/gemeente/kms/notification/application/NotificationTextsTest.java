package nl.gemeente.kms.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.gemeente.kms.notification.application.NotificationTexts.ArticleFacts;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.event.VersionPublished;
import nl.gemeente.kms.workflow.event.VersionSubmitted;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {

  private static final ArticleFacts PASPOORT = new ArticleFacts(12, "Paspoort aanvragen");
  // 23:30 UTC is already the next day in Amsterdam
  private static final Instant LATE_EVENING = Instant.parse("2026-11-23T23:30:00Z");

  @Test
  void aNewVersionCarriesSummaryLevelValidFromAndTheDiffAgainstTheVersionItReplaces() {
    var e = new VersionPublished(12, 3, LATE_EVENING, "bea", ChangeLevel.MAJOR, "Nieuwe leges", LocalDate.of(2027, 1, 1), 2);

    var content = NotificationTexts.published(PASPOORT, e);

    assertThat(content.type()).isEqualTo(NotificationType.PUBLISHED);
    assertThat(content.title()).isEqualTo("Belangrijke wijziging: Paspoort aanvragen");
    assertThat(content.body()).contains("Nieuwe leges").contains("MAJOR").contains("1-1-2027").contains("gelezen en begrepen");
    assertThat(content.link()).isEqualTo("/api/articles/12/diff?from=2&to=3");
    assertThat(content.validFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(content.asksForConfirmation()).isTrue();
  }

  @Test
  void aFirstPublicationLinksToTheVersionAndIsValidFromItsDayInAmsterdam() {
    var e = new VersionPublished(12, 1, LATE_EVENING, "bea", ChangeLevel.MINOR, null, null, null);

    var content = NotificationTexts.published(PASPOORT, e);

    assertThat(content.title()).startsWith("Nieuw artikel: ");
    assertThat(content.link()).isEqualTo("/api/articles/12/versions/1");
    assertThat(content.validFrom()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(content.body()).doesNotContain("gelezen en begrepen");
    assertThat(content.asksForConfirmation()).isFalse();
  }

  @Test
  void aReviewRequestNamesTheVersionAndTheSubmitter() {
    var content = NotificationTexts.reviewRequested(PASPOORT, new VersionSubmitted(12, 4, LATE_EVENING, "bert", "graag snel"));

    assertThat(content.title()).isEqualTo("Ter review: Paspoort aanvragen");
    assertThat(content.body()).contains("Versie 4").contains("bert").contains("graag snel");
    assertThat(content.link()).isEqualTo("/api/articles/12/versions/4");
  }

  @Test
  void aReminderPointsAtTheNotificationToConfirmAndCannotBeConfirmedItself() {
    var original = NotificationTexts.published(PASPOORT,
        new VersionPublished(12, 3, LATE_EVENING, "bea", ChangeLevel.MAJOR, "x", null, 2));
    var unconfirmed = new NotificationRecord(77, "anna", original, LATE_EVENING, LocalDate.of(2026, 11, 24), null, null);

    var reminder = NotificationTexts.reminder(unconfirmed);

    assertThat(reminder.type()).isEqualTo(NotificationType.REMINDER);
    assertThat(reminder.link()).isEqualTo("/api/notifications/77");
    assertThat(reminder.asksForConfirmation()).isFalse();
  }

  @Test
  void overlongTitlesAreClippedToWhatTheColumnHolds() {
    var content = NotificationTexts.withdrawn(new ArticleFacts(1, "x".repeat(400)), 1, "weg");

    assertThat(content.title()).hasSize(300).endsWith("…");
  }

  @Test
  void aCalledOffPlanSaysTheCurrentAnswerStandsAndAsksForNoConfirmation() {
    var unscheduled = NotificationTexts.scheduleCancelled(PASPOORT, 4, LocalDate.of(2027, 1, 1), ChangeLevel.MAJOR, null);
    var archived = NotificationTexts.scheduleCancelled(PASPOORT, 4, LocalDate.of(2027, 1, 1), ChangeLevel.MAJOR, "wet uitgesteld");

    assertThat(unscheduled.type()).isEqualTo(NotificationType.SCHEDULE_CANCELLED);
    assertThat(unscheduled.title()).isEqualTo("Gaat niet door: Paspoort aanvragen");
    assertThat(unscheduled.body()).contains("1-1-2027").contains("huidige antwoord blijft gelden").doesNotContain("Reden");
    assertThat(unscheduled.link()).isEqualTo("/api/articles/12/versions/4");
    assertThat(unscheduled.asksForConfirmation()).isFalse();
    assertThat(archived.body()).contains("Reden: wet uitgesteld");
  }
}
