package nl.gemeente.kms.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * The period in which one version was the live (published) version of its article: from
 * {@code liveFrom} inclusive up to {@code liveUntil} exclusive; {@code liveUntil} is null while the
 * version is still live.
 */
public record PublicationInterval(int versionNumber, Instant liveFrom, Instant liveUntil) {

    public PublicationInterval {
        Objects.requireNonNull(liveFrom, "liveFrom");
        if (liveUntil != null && liveUntil.isBefore(liveFrom)) {
            throw new IllegalArgumentException("liveUntil " + liveUntil + " is before liveFrom " + liveFrom);
        }
    }

    /** Whether the version was live at {@code instant}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(liveFrom) && (liveUntil == null || instant.isBefore(liveUntil));
    }
}
