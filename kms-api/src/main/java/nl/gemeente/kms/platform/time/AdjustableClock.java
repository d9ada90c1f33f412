package nl.gemeente.kms.platform.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that only a test deployment may move, so that scheduled
 * publication can be tested without waiting for a real date. In production the offset stays zero
 * and there is no offset file.
 */
public final class AdjustableClock extends Clock {

  private final Clock base;
  private final Path offsetFile;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /** {@code offsetFile} null: not adjustable from outside, nothing persisted. */
  public AdjustableClock(Clock base, Path offsetFile) {
    this.base = base;
    this.offsetFile = offsetFile;
    if (offsetFile != null) {
      offset.set(ClockProducer.readOffset(offsetFile));
    }
  }

  public void moveTo(Instant target) {
    setOffset(Duration.between(base.instant(), target));
  }

  public void reset() {
    setOffset(Duration.ZERO);
  }

  private void setOffset(Duration value) {
    offset.set(value);
    if (offsetFile != null) {
      try {
        Files.createDirectories(offsetFile.getParent());
        Files.writeString(offsetFile, value.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new AdjustableClock(base.withZone(zone), null).offsetBy(offset.get());
  }

  private AdjustableClock offsetBy(Duration value) {
    offset.set(value);
    return this;
  }
}
