package nl.gemeente.kms.workflow.report;

import static nl.gemeente.kms.workflow.report.ReportState.DUPLICATE;
import static nl.gemeente.kms.workflow.report.ReportState.IN_PROGRESS;
import static nl.gemeente.kms.workflow.report.ReportState.OPEN;
import static nl.gemeente.kms.workflow.report.ReportState.REJECTED;
import static nl.gemeente.kms.workflow.report.ReportState.RESOLVED;
import static nl.gemeente.kms.workflow.report.ReportState.TRIAGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's figures on ten fixed reports, counted on Monday 15 June 2026 at 10:00 in Amsterdam. */
class ReportStatisticsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = at("2026-06-15");

    private static final List<ReportFacts> REPORTS = List.of(
            open(1, 100, "BZ", OPEN, "2026-06-15", 0),          // 0 working days
            open(2, 100, "BZ", TRIAGED, "2026-06-10", 0),       // 3
            open(3, 101, "BZ", IN_PROGRESS, "2026-06-01", 0),   // 10: past the SLA of 5
            open(4, 102, "WMO", OPEN, "2026-05-29", 0),         // 11: past the SLA of 5 and 10
            closed(5, 100, "BZ", RESOLVED, "2026-06-01", "2026-06-03", 0),   // answered in 2
            closed(6, 101, "WMO", RESOLVED, "2026-05-18", "2026-05-25", 1),  // 5, and reopened once
            closed(7, 100, "BZ", RESOLVED, "2026-05-04", "2026-05-18", 0),   // 10: answered late
            closed(8, 102, "BZ", REJECTED, "2026-06-09", "2026-06-09", 0),   // 0
            closed(9, 100, "BZ", DUPLICATE, "2026-06-12", "2026-06-12", 0),
            open(10, 103, "BZ", OPEN, "2026-06-11", 1));        // 2, back after a reopen

    private final ReportStatistics statistics = new ReportStatistics(REPORTS, NOW, AMSTERDAM);

    @Test
    void openReportsByDepartmentAndAgeWithEveryBucketPresent() {
        assertThat(statistics.openByDepartmentAndAge()).containsExactly(
                Map.entry("BZ", Map.of(AgeBucket.UP_TO_2, 2L, AgeBucket.UP_TO_5, 1L, AgeBucket.UP_TO_10, 1L, AgeBucket.OVER_10, 0L)),
                Map.entry("WMO", Map.of(AgeBucket.UP_TO_2, 0L, AgeBucket.UP_TO_5, 0L, AgeBucket.UP_TO_10, 0L, AgeBucket.OVER_10, 1L)));
    }

    @Test
    void medianTimeToResolutionCountsResolvedReportsOnly() {
        assertThat(statistics.medianWorkingDaysToResolution()).hasValue(5.0);
        List<ReportFacts> even = List.of(REPORTS.get(4), REPORTS.get(5));
        assertThat(new ReportStatistics(even, NOW, AMSTERDAM).medianWorkingDaysToResolution()).hasValue(3.5);
        assertThat(new ReportStatistics(REPORTS.subList(0, 4), NOW, AMSTERDAM).medianWorkingDaysToResolution()).isEmpty();
    }

    @Test
    void slaBreachesAreOpenReportsPastTheLimitAndAnswersThatCameLate() {
        assertThat(statistics.slaBreaches(5)).isEqualTo(new ReportStatistics.SlaBreaches(5, List.of(3L, 4L), 1));
        assertThat(statistics.slaBreaches(10)).isEqualTo(new ReportStatistics.SlaBreaches(10, List.of(4L), 0));
        assertThatThrownBy(() -> statistics.slaBreaches(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hotSpotsAreTheArticlesWithTheMostReports() {
        assertThat(statistics.hotSpots(10)).containsExactly(
                new ReportStatistics.HotSpot(100, 5, 2),
                new ReportStatistics.HotSpot(101, 2, 1),
                new ReportStatistics.HotSpot(102, 2, 1),
                new ReportStatistics.HotSpot(103, 1, 1));
        assertThat(statistics.hotSpots(2)).extracting(ReportStatistics.HotSpot::articleId).containsExactly(100L, 101L);
    }

    @Test
    void reopenRateIsReopenedAmongAnsweredReports() {
        assertThat(statistics.reopenRate()).isEqualTo(new ReportStatistics.ReopenRate(2, 5, 0.4));
        assertThat(new ReportStatistics(List.of(), NOW, AMSTERDAM).reopenRate())
                .isEqualTo(new ReportStatistics.ReopenRate(0, 0, null));
    }

    @Test
    void ageBucketsFollowTheDashboardLabels() {
        assertThat(List.of(0L, 2L, 3L, 5L, 6L, 10L, 11L).stream().map(AgeBucket::of).map(AgeBucket::label))
                .containsExactly("0-2", "0-2", "3-5", "3-5", "6-10", "6-10", ">10");
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(AMSTERDAM).toInstant();
    }

    private static ReportFacts open(long id, long article, String department, ReportState state, String filed, int reopens) {
        return new ReportFacts(id, article, department, state, at(filed).minusSeconds(3600), null, reopens);
    }

    private static ReportFacts closed(long id, long article, String department, ReportState state, String filed,
                                      String closedOn, int reopens) {
        return new ReportFacts(id, article, department, state, at(filed), at(closedOn), reopens);
    }
}
