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
 * anywhere, even straight in the database, counts within that time; whoever changes an account on
 * this node forgets it here once the change is committed, and it counts at once.
 */
final class RecentActors {

  /** More employees than any municipality has: past it the memory is simply started again. */
  static final int MAX_ENTRIES = 20_000;

  /** What was read, and when; {@code forgotten} marks an account changed since, to be read again. */
  private record Entry(Optional<Actor> actor, long readAt, boolean forgotten) {}

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
    if (known != null && !known.forgotten() && now - known.readAt() < freshNanos) {
      return known.actor();
    }
    Entry fresh = new Entry(read.apply(username), now, false);
    // kept only if nothing happened to the entry meanwhile: a read that began before a change was
    // committed must not outlive the forget() that followed the commit
    if (known == null) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.putIfAbsent(username, fresh);
    } else {
      entries.replace(username, known, fresh);
    }
    return fresh.actor();
  }

  void forget(String username) {
    entries.put(username, new Entry(Optional.empty(), nanoTime.getAsLong(), true));
  }
}
