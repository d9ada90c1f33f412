package nl.gemeente.kms.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2026-06-15, 2026-06-15, 0",   // same day
        "2026-06-15, 2026-06-16, 1",   // Monday to Tuesday
        "2026-06-12, 2026-06-15, 1",   // Friday to Monday
        "2026-06-13, 2026-06-14, 0",   // Saturday to Sunday
        "2026-06-13, 2026-06-15, 1",   // Saturday to Monday
        "2026-06-15, 2026-06-22, 5",   // a week
        "2026-06-01, 2026-06-15, 10",
        "2026-05-29, 2026-06-15, 11",
        "2026-06-10, 2026-07-10, 22",  // Wednesday to Friday a month later
        "2026-12-24, 2026-12-28, 2",   // Christmas counts: holidays are not known
        "2026-06-16, 2026-06-15, 0"    // backwards
    })
    void countsMondayToFridayAfterTheFirstDayUpToAndIncludingTheLast(LocalDate from, LocalDate to, long expected) {
        assertThat(WorkingDays.between(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        // 23:30 UTC on Friday is already Saturday in Amsterdam
        "2026-06-12T23:30:00Z, 2026-06-15T08:00:00Z, 1",
        "2026-06-12T21:30:00Z, 2026-06-15T08:00:00Z, 1",
        // 22:30 UTC on Sunday is Monday in Amsterdam: the report is already a working day old
        "2026-06-12T10:00:00Z, 2026-06-14T22:30:00Z, 1",
        "2026-06-12T10:00:00Z, 2026-06-14T21:30:00Z, 0"
    })
    void readsMomentsAsAmsterdamDates(Instant from, Instant to, long expected) {
        assertThat(WorkingDays.between(from, to, ZoneId.of("Europe/Amsterdam"))).isEqualTo(expected);
    }
}
