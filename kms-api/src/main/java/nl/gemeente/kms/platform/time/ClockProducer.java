package nl.gemeente.kms.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, in the municipality's time zone. */
@ApplicationScoped
public class ClockProducer {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final AdjustableClock clock = new AdjustableClock(Clock.system(AMSTERDAM));

  @Produces
  Clock clock() {
    return clock;
  }

  // typed, or it would be a second producer of Clock
  @Produces
  @Typed(AdjustableClock.class)
  AdjustableClock adjustableClock() {
    return clock;
  }
}
