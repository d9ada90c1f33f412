package nl.gemeente.kms.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

  @Test
  void parsesAWeekIntoMondayToSunday() {
    IsoWeek week = IsoWeek.parse("2026-W48");

    assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(week).hasToString("2026-W48");
  }

  @Test
  void theLastDaysOfDecemberCanBelongToNextYearsFirstWeekAndBack() {
    assertThat(IsoWeek.containing(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
    assertThat(IsoWeek.containing(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
    assertThat(IsoWeek.parse("2026-W01").monday()).isEqualTo(LocalDate.of(2025, 12, 29));
  }

  @Test
  void onlyYearsStartingOnThursdayOrLeapWednesdayHaveAWeek53() {
    assertThat(IsoWeek.parse("2026-W53").sunday()).isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(IsoWeek.parse("2020-W53")).isNotNull();
    assertThatThrownBy(() -> IsoWeek.parse("2027-W53")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("52");
  }

  @Test
  void refusesWhatIsNotAnIsoWeek() {
    for (String bad : new String[] {"2026-W00", "2026-W54", "2026W48", "2026-48", "26-W48", "", "2026-W4"}) {
      assertThatThrownBy(() -> IsoWeek.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> IsoWeek.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void previousCrossesTheYear() {
    assertThat(IsoWeek.parse("2026-W01").previous()).hasToString("2025-W52");
    assertThat(IsoWeek.parse("2027-W01").previous()).hasToString("2026-W53");
  }

  @Test
  void containsItsSevenDaysOnly() {
    IsoWeek week = IsoWeek.parse("2026-W48");

    assertThat(week.contains(LocalDate.of(2026, 11, 23))).isTrue();
    assertThat(week.contains(LocalDate.of(2026, 11, 29))).isTrue();
    assertThat(week.contains(LocalDate.of(2026, 11, 22))).isFalse();
    assertThat(week.contains(LocalDate.of(2026, 11, 30))).isFalse();
  }
}
