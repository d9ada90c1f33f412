package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveVersionTimelineTest {

    private static final Instant JAN = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T08:00:00Z");
    private static final Instant JUL = Instant.parse("2026-07-01T08:00:00Z");

    private final LiveVersionTimeline timeline = new LiveVersionTimeline(List.of(
            new PublicationInterval(1, JAN, MAR),
            new PublicationInterval(2, MAR, MAY),
            new PublicationInterval(4, JUL, null)));

    @Test
    void fromIsInclusiveAndUntilExclusive() {
        assertThat(timeline.liveAt(JAN)).contains(1);
        assertThat(timeline.liveAt(MAR.minusNanos(1))).contains(1);
        assertThat(timeline.liveAt(MAR)).contains(2);
    }

    @Test
    void nothingLiveBeforeTheFirstPublicationOrInAGap() {
        assertThat(timeline.liveAt(JAN.minusSeconds(1))).isEmpty();
        assertThat(timeline.liveAt(MAY)).isEmpty();
        assertThat(timeline.liveAt(JUL.minusNanos(1))).isEmpty();
    }

    @Test
    void openIntervalIsStillLive() {
        assertThat(timeline.liveAt(JUL)).contains(4);
        assertThat(timeline.liveAt(Instant.parse("2099-01-01T00:00:00Z"))).contains(4);
    }

    @Test
    void onOverlapTheMostRecentlyStartedWins() {
        var faulty = new LiveVersionTimeline(List.of(new PublicationInterval(1, JAN, null),
                new PublicationInterval(2, MAR, null)));
        assertThat(faulty.liveAt(MAY)).contains(2);
    }

    @Test
    void intervalCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new PublicationInterval(1, MAR, JAN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PublicationInterval(1, MAR, MAR).contains(MAR)).isFalse();
    }
}
