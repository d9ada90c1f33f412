package nl.gemeente.kms.workflow.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The knowledge manager's figures about reports, all in {@link WorkingDays working days} (Monday to
 * Friday, public holidays not excluded) counted in the municipality's time zone.
 */
public final class ReportStatistics {

    /**
     * Open reports past the service level, and answered reports that took longer than it.
     *
     * @param openReportIds the ids of open reports older than {@code slaWorkingDays}
     * @param answeredLate  resolved or rejected reports answered after more than {@code slaWorkingDays}
     */
    public record SlaBreaches(int slaWorkingDays, List<Long> openReportIds, long answeredLate) {}

    /** An article many reports are about: a sign that its text confuses people. */
    public record HotSpot(long articleId, long reports, long open) {}

    /**
     * How often reporters disagreed with the answer they got.
     *
     * @param answered reports that were resolved or rejected at least once
     * @param rate     {@code reopened / answered}, or null when nothing was answered yet
     */
    public record ReopenRate(long reopened, long answered, Double rate) {}

    private final List<ReportFacts> reports;
    private final Instant now;
    private final ZoneId zone;

    public ReportStatistics(List<ReportFacts> reports, Instant now, ZoneId zone) {
        this.reports = List.copyOf(Objects.requireNonNull(reports, "reports"));
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Open reports per department (sorted by code) and age; every bucket is present, zeros included. */
    public Map<String, Map<AgeBucket, Long>> openByDepartmentAndAge() {
        Map<String, Map<AgeBucket, Long>> result = new TreeMap<>();
        for (ReportFacts report : open()) {
            result.computeIfAbsent(report.department(), d -> emptyBuckets())
                    .merge(AgeBucket.of(age(report)), 1L, Long::sum);
        }
        return result;
    }

    /** The median working days from filing to resolution of resolved reports; empty if there are none. */
    public OptionalDouble medianWorkingDaysToResolution() {
        List<Long> durations = reports.stream()
                .filter(r -> r.state() == ReportState.RESOLVED && r.closedAt() != null)
                .map(r -> WorkingDays.between(r.filedAt(), r.closedAt(), zone))
                .sorted()
                .toList();
        if (durations.isEmpty()) {
            return OptionalDouble.empty();
        }
        int middle = durations.size() / 2;
        return durations.size() % 2 == 1
                ? OptionalDouble.of(durations.get(middle))
                : OptionalDouble.of((durations.get(middle - 1) + durations.get(middle)) / 2.0);
    }

    /** A report breaches the service level when it is older than {@code slaWorkingDays} working days. */
    public SlaBreaches slaBreaches(int slaWorkingDays) {
        if (slaWorkingDays < 0) {
            throw new IllegalArgumentException("slaWorkingDays must not be negative: " + slaWorkingDays);
        }
        List<Long> openLate = open().stream()
                .filter(r -> age(r) > slaWorkingDays)
                .map(ReportFacts::reportId)
                .sorted()
                .toList();
        long answeredLate = reports.stream()
                .filter(r -> isAnswered(r.state()) && r.closedAt() != null)
                .filter(r -> WorkingDays.between(r.filedAt(), r.closedAt(), zone) > slaWorkingDays)
                .count();
        return new SlaBreaches(slaWorkingDays, openLate, answeredLate);
    }

    /** The articles with the most reports (duplicates included: each is someone who stumbled), then by id. */
    public List<HotSpot> hotSpots(int limit) {
        Map<Long, List<ReportFacts>> byArticle =
                reports.stream().collect(Collectors.groupingBy(ReportFacts::articleId));
        return byArticle.entrySet().stream()
                .map(e -> new HotSpot(e.getKey(), e.getValue().size(),
                        e.getValue().stream().filter(r -> r.state().isOpen()).count()))
                .sorted(Comparator.comparingLong(HotSpot::reports).reversed().thenComparingLong(HotSpot::articleId))
                .limit(limit)
                .toList();
    }

    /** Reopened reports among those that were ever answered; a reopened report was answered before. */
    public ReopenRate reopenRate() {
        long reopened = reports.stream().filter(r -> r.reopenCount() > 0).count();
        long answered = reports.stream().filter(r -> r.reopenCount() > 0 || isAnswered(r.state())).count();
        return new ReopenRate(reopened, answered, answered == 0 ? null : (double) reopened / answered);
    }

    private List<ReportFacts> open() {
        return reports.stream().filter(r -> r.state().isOpen()).toList();
    }

    private long age(ReportFacts report) {
        return WorkingDays.between(report.filedAt(), now, zone);
    }

    private static boolean isAnswered(ReportState state) {
        return state == ReportState.RESOLVED || state == ReportState.REJECTED;
    }

    private static Map<AgeBucket, Long> emptyBuckets() {
        Map<AgeBucket, Long> buckets = new EnumMap<>(AgeBucket.class);
        for (AgeBucket bucket : AgeBucket.values()) {
            buckets.put(bucket, 0L);
        }
        return buckets;
    }
}
