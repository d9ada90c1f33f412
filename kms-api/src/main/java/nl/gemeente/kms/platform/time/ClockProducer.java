package nl.gemeente.kms.platform.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One clock for the whole application, in the municipality's time zone. In a test deployment the
 * clock's offset is kept in the data directory, so moved time survives a restart as real time does.
 */
@ApplicationScoped
public class ClockProducer {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Inject
  @ConfigProperty(name = "kms.test.clock", defaultValue = "false")
  boolean testClock;

  @Inject
  @ConfigProperty(name = "kms.data.dir", defaultValue = "data")
  String dataDir;

  private AdjustableClock clock;

  @PostConstruct
  void create() {
    Path offsetFile = Path.of(dataDir, "test-clock-offset");
    clock = new AdjustableClock(Clock.system(AMSTERDAM), testClock ? offsetFile : null);
  }

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

  static Duration readOffset(Path file) {
    try {
      return Files.exists(file) ? Duration.parse(Files.readString(file).trim()) : Duration.ZERO;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
