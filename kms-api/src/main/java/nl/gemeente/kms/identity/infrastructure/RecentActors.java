package nl.gemeente.kms.identity.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import nl.gemeente.kms.workflow.Actor;

/**
 * Employees as the directory described them a moment ago. Every request asks who its caller is;
 * reading that through the persistence context each time cost a tenth of the server's CPU per
 * search (ADR 0011). An answer is kept for a few seconds, so a role change or a deactivation made
 * anywhere, even straight in the database, counts within that time; a sign-on that changes an
 * account forgets it at once.
 */
final class RecentActors {

  /** More employees than any municipality has: past it the memory is simply started again. */
  static final int MAX_ENTRIES = 20_000;

  private record Entry(Optional<Actor> actor, long readAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final long freshNanos;
  private final LongSupplier nanoTime;

  RecentActors(Duration fresh, LongSupplier nanoTime) {
    this.freshNanos = fresh.toNanos();
    this.nanoTime = nanoTime;
  }

  Optional<Actor> get(String username, Function<String, Optional<Actor>> read) {
    long now = nanoTime.getAsLong();
    Entry known = entries.get(username);
    // a difference of nanoTime values, never a comparison of them: their sign is arbitrary
    if (known != null && now - known.readAt() < freshNanos) {
      return known.actor();
    }
    Entry fresh = new Entry(read.apply(username), now);
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(username, fresh);
    return fresh.actor();
  }

  void forget(String username) {
    entries.remove(username);
  }
}
