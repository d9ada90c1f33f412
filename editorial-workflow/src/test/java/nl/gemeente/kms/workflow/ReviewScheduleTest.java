package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    private final ReviewSchedule schedule = new ReviewSchedule(Map.of("WMO", 6), 12);

    @Test
    void reviewByIsTheConfiguredNumberOfMonthsLater() {
        LocalDate published = LocalDate.of(2026, 3, 10);
        assertThat(schedule.reviewBy("BZ", published)).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(schedule.reviewBy("WMO", published)).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(ReviewSchedule.withDefaults().reviewBy("WMO", published)).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void monthEndsClamp() {
        assertThat(schedule.reviewBy("WMO", LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void overdueFromTheDayAfterReviewBy() {
        LocalDate reviewed = LocalDate.of(2026, 1, 15);
        assertThat(schedule.isOverdue("BZ", reviewed, LocalDate.of(2027, 1, 14))).isFalse();
        assertThat(schedule.isOverdue("BZ", reviewed, LocalDate.of(2027, 1, 15))).isFalse();
        assertThat(schedule.isOverdue("BZ", reviewed, LocalDate.of(2027, 1, 16))).isTrue();
        assertThat(schedule.isOverdue("WMO", reviewed, LocalDate.of(2026, 7, 16))).isTrue();
    }

    @Test
    void intervalsMustBePositive() {
        assertThatThrownBy(() -> new ReviewSchedule(Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewSchedule(Map.of("BZ", -1), 12)).isInstanceOf(IllegalArgumentException.class);
    }
}
