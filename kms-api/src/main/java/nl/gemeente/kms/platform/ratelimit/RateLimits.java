package nl.gemeente.kms.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets per employee and limit. A bucket holds {@code capacity} calls and refills evenly
 * over its period, so bursts (typing in the search box) pass and only sustained flooding is
 * refused. Kept in memory per node: a restart or a second node only makes the limit more generous.
 */
@ApplicationScoped
public class RateLimits {

  /** The limits there are, with the period their capacity refills over. */
  public enum Limit {
    SEARCH("search", Duration.ofMinutes(1)),
    REPORT_FILING("report filing", Duration.ofHours(1));

    final String label;
    final Duration period;

    Limit(String label, Duration period) {
      this.label = label;
      this.period = period;
    }
  }

  /** The bucket after a call; {@code allowed} says whether that call got a token. */
  private record Bucket(double tokens, Instant at, boolean allowed) {}

  @Inject Clock clock;

  // a person types maybe two searches a second in a burst and a few hundred an hour (with type-ahead)
  @Inject
  @ConfigProperty(name = "kms.rate.search.per.minute", defaultValue = "600")
  int searchesPerMinute;

  // an agent files a handful of reports a day
  @Inject
  @ConfigProperty(name = "kms.rate.reports.per.hour", defaultValue = "30")
  int reportsPerHour;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * Throws {@link RateLimited} when this employee's bucket is empty, without taking from it: for
   * limits that count only what succeeded (a report refused by validation costs nothing), paired
   * with {@link #take} after the success.
   */
  public void ensureAvailable(Limit limit, String username) {
    int capacity = capacity(limit);
    Bucket b = buckets.get(limit.name() + ":" + username);
    if (capacity <= 0 || b == null) {
      return;
    }
    double perSecond = capacity / (double) limit.period.toSeconds();
    double tokens = refill(b, clock.instant(), perSecond, capacity);
    if (tokens < 1) {
      throw new RateLimited(limit.label, (long) Math.ceil((1 - tokens) / perSecond));
    }
  }

  /** Takes one call from this employee's bucket, or throws {@link RateLimited}. */
  public void take(Limit limit, String username) {
    Bucket after = consume(limit, username);
    if (after != null && !after.allowed()) {
      double perSecond = capacity(limit) / (double) limit.period.toSeconds();
      throw new RateLimited(limit.label, (long) Math.ceil((1 - after.tokens()) / perSecond));
    }
  }

  /** Counts a call that already succeeded: takes a token if there is one, never refuses. */
  public void record(Limit limit, String username) {
    consume(limit, username);
  }

  private Bucket consume(Limit limit, String username) {
    int capacity = capacity(limit);
    if (capacity <= 0) {
      return null; // 0 switches a limit off
    }
    Instant now = clock.instant();
    double perSecond = capacity / (double) limit.period.toSeconds();
    Bucket after = buckets.compute(limit.name() + ":" + username, (key, b) -> {
      double tokens = b == null ? capacity : refill(b, now, perSecond, capacity);
      return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
    });
    if (buckets.size() > 200_000) {
      buckets.clear(); // bounded memory; only ever generous
    }
    return after;
  }

  private int capacity(Limit limit) {
    return switch (limit) {
      case SEARCH -> searchesPerMinute;
      case REPORT_FILING -> reportsPerHour;
    };
  }

  private static double refill(Bucket b, Instant now, double perSecond, int capacity) {
    // the clock may be moved backwards in tests; never let that drain a bucket
    double elapsed = Math.max(0, Duration.between(b.at(), now).toMillis() / 1000.0);
    return Math.min(capacity, b.tokens() + elapsed * perSecond);
  }
}
