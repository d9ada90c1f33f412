package nl.gemeente.kms.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.gemeente.kms.schema.notification.NotificationContent;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.ChangeLevel;
import org.junit.jupiter.api.Test;

class DigestAssemblerTest {

  private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");

  private static NotificationRecord n(long id, String to, NotificationType type, long article, ChangeLevel level,
      LocalDate on, Instant confirmed) {
    var content = new NotificationContent(type, type + " " + article, "tekst", "/api/articles/" + article,
        article, 1, level, null);
    return new NotificationRecord(id, to, content, on.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(id),
        on, null, confirmed);
  }

  @Test
  void listsTheWeeksChangesMajorFirstAndCountsWhatAwaitsConfirmation() {
    var monday = LocalDate.of(2026, 11, 23);
    var list = List.of(
        n(1, "anna", NotificationType.PUBLISHED, 10, ChangeLevel.MINOR, monday, null),
        n(2, "anna", NotificationType.PUBLISHED, 11, ChangeLevel.MAJOR, monday.plusDays(2), null),
        n(3, "anna", NotificationType.PUBLISHED, 12, ChangeLevel.MAJOR, monday.plusDays(3), Instant.now()),
        n(4, "anna", NotificationType.ARCHIVED, 13, null, monday.plusDays(6), null));

    Digest digest = DigestAssembler.assemble("anna", WEEK, list);

    assertThat(digest.items()).extracting(Digest.Item::articleId).containsExactly(11L, 12L, 10L, 13L);
    assertThat(digest.majorChanges()).isEqualTo(2);
    assertThat(digest.awaitingConfirmation()).isEqualTo(1);
    assertThat(digest.from()).isEqualTo(monday);
    assertThat(digest.to()).isEqualTo(monday.plusDays(6));
  }

  @Test
  void leavesOutWorkItemsOtherWeeksOtherPeopleAndRepeats() {
    var monday = LocalDate.of(2026, 11, 23);
    var list = List.of(
        n(1, "anna", NotificationType.REVIEW_REQUESTED, 10, null, monday, null),
        n(2, "anna", NotificationType.REMINDER, 11, ChangeLevel.MAJOR, monday, null),
        n(3, "anna", NotificationType.PUBLISHED, 12, ChangeLevel.MAJOR, monday.minusDays(1), null),
        n(4, "kees", NotificationType.PUBLISHED, 13, ChangeLevel.MAJOR, monday, null),
        n(5, "anna", NotificationType.SCHEDULED, 14, ChangeLevel.MINOR, monday, null),
        n(6, "anna", NotificationType.SCHEDULED, 14, ChangeLevel.MINOR, monday, null));

    Digest digest = DigestAssembler.assemble("anna", WEEK, list);

    assertThat(digest.items()).extracting(Digest.Item::notificationId).containsExactly(5L);
  }

  @Test
  void anEmptyWeekIsAnEmptyDigest() {
    assertThat(DigestAssembler.assemble("anna", WEEK, List.of()).isEmpty()).isTrue();
  }

  @Test
  void theMailHasAnAbsoluteLinkPerChangeAndSaysWhatAwaitsConfirmation() {
    var monday = LocalDate.of(2026, 11, 23);
    Digest digest = DigestAssembler.assemble("anna", WEEK, List.of(
        n(2, "anna", NotificationType.PUBLISHED, 11, ChangeLevel.MAJOR, monday, null)));

    assertThat(DigestText.subject(digest)).isEqualTo("Weekoverzicht kennisbank 2026-W48: 1 wijziging");
    assertThat(DigestText.body(digest, "https://kms.gemeente.example"))
        .contains("23-11-2026 t/m 29-11-2026")
        .contains("1 belangrijke wijziging(en) nog niet bevestigd")
        .contains("https://kms.gemeente.example/api/articles/11");
  }
}
