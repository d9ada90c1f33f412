package nl.gemeente.kms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account and per address: after five failures in a row on an
 * account (thirty from one address) each further attempt must wait, doubling from 30 seconds up to 15 minutes. A success clears the
 * account's count. Kept per node: an attacker spreading over nodes gains at most the node count.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_ATTEMPTS = 5;
  // many employees share an address (the office's proxy), so an address gets more room than an account
  static final int FREE_ATTEMPTS_PER_ADDRESS = 30;
  private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  private static final Duration MAX_WAIT = Duration.ofMinutes(15);

  private record Failures(int count, Instant blockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  /** Seconds to wait before this account or address may try again; zero when it may now. */
  public long secondsToWait(String username, String address) {
    Instant now = clock.instant();
    long user = wait(failures.get("u:" + username), now);
    long addr = wait(failures.get("a:" + address), now);
    return Math.max(user, addr);
  }

  public void failed(String username, String address) {
    failures.merge("u:" + username, next(1, FREE_ATTEMPTS), (a, b) -> next(a.count() + 1, FREE_ATTEMPTS));
    failures.merge("a:" + address, next(1, FREE_ATTEMPTS_PER_ADDRESS),
        (a, b) -> next(a.count() + 1, FREE_ATTEMPTS_PER_ADDRESS));
    if (failures.size() > 100_000) {
      failures.clear(); // a flood of invented names must not exhaust memory
    }
  }

  public void succeeded(String username) {
    failures.remove("u:" + username);
  }

  private Failures next(int count, int free) {
    if (count <= free) {
      return new Failures(count, null);
    }
    long factor = 1L << Math.min(count - free - 1, 10);
    Duration wait = FIRST_WAIT.multipliedBy(factor);
    return new Failures(count, clock.instant().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait));
  }

  private static long wait(Failures f, Instant now) {
    return f == null || f.blockedUntil() == null || !f.blockedUntil().isAfter(now)
        ? 0 : Duration.between(now, f.blockedUntil()).toSeconds() + 1;
  }
}
