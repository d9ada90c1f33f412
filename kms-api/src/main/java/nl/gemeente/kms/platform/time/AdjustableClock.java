package nl.gemeente.kms.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that only a test deployment may move, so that scheduled
 * publication can be tested without waiting for a real date. In production the offset stays zero.
 */
public final class AdjustableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public AdjustableClock(Clock base) {
    this.base = base;
  }

  public void moveTo(Instant target) {
    offset.set(Duration.between(base.instant(), target));
  }

  public void reset() {
    offset.set(Duration.ZERO);
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
    AdjustableClock zoned = new AdjustableClock(base.withZone(zone));
    zoned.offset.set(offset.get());
    return zoned;
  }
}
