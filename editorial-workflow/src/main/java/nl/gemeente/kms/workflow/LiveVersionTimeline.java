package nl.gemeente.kms.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which version of an article agents saw at a given moment, e.g. to reconstruct what a citizen was
 * told when a complaint comes in. Built from the publication history of one article.
 *
 * <p>Intervals are half-open, so at the instant a new version goes live the new one counts.
 * Intervals should not overlap (one published version at a time); if faulty history makes them
 * overlap, the version that went live most recently wins.
 */
public final class LiveVersionTimeline {

    private final List<PublicationInterval> intervals;

    public LiveVersionTimeline(List<PublicationInterval> intervals) {
        this.intervals = List.copyOf(Objects.requireNonNull(intervals, "intervals"));
    }

    /** The number of the version that was live at {@code instant}, if any. */
    public Optional<Integer> liveAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return intervals.stream()
                .filter(interval -> interval.contains(instant))
                .max(Comparator.comparing(PublicationInterval::liveFrom))
                .map(PublicationInterval::versionNumber);
    }
}
