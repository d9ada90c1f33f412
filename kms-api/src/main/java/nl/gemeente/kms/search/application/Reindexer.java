package nl.gemeente.kms.search.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import nl.gemeente.kms.search.infrastructure.ElasticsearchIndexAdmin;

/**
 * Rebuilds the index from the database without downtime: a new versioned index is filled while
 * agents keep searching the old one, then the alias moves in one step. Changes published meanwhile
 * are in the outbox; everything written since the start is applied again after the swap, so none
 * is lost.
 */
@ApplicationScoped
public class Reindexer {

  private static final Logger LOG = Logger.getLogger(Reindexer.class.getName());
  private static final int PAGE = 1000;

  @Inject ElasticsearchIndexAdmin admin;
  @Inject LiveDocuments live;
  @Inject SearchOutbox outbox;
  @Resource ManagedExecutorService executor;

  /** Where a reindex stands: how many of how many, the rate, and the expected end. */
  public record Progress(String index, String state, long done, long total, double perSecond,
      Instant startedAt, Instant expectedEnd, String error) {}

  private final AtomicReference<Progress> current = new AtomicReference<>();

  public synchronized Progress start() {
    Progress running = current.get();
    if (running != null && running.state().equals("RUNNING")) {
      return running;
    }
    Instant started = Instant.now();
    current.set(new Progress(null, "RUNNING", 0, live.count(), 0, started, null, null));
    executor.execute(() -> run(started));
    return current.get();
  }

  public Optional<Progress> progress() {
    return Optional.ofNullable(current.get());
  }

  private void run(Instant started) {
    String index = null;
    try {
      long outboxMark = outbox.lastId();
      index = admin.createNext();
      long total = live.count();
      long done = 0;
      long after = 0;
      for (List<SearchDocument> page = live.page(after, PAGE); !page.isEmpty(); page = live.page(after, PAGE)) {
        admin.bulk(index, page);
        done += page.size();
        after = page.get(page.size() - 1).articleId();
        current.set(progress(index, "RUNNING", done, total, started));
      }
      Instant filled = Instant.now();
      admin.prepareForSearch(index);
      admin.swapAlias(index);
      int replayed = outbox.replaySince(outboxMark);
      current.set(progress(index, "DONE", done, total, started));
      LOG.info("Reindexed " + done + " articles into " + index + " (filled in " + Duration.between(started, filled).toSeconds()
          + " s, merged in " + Duration.between(filled, Instant.now()).toSeconds() + " s); " + replayed
          + " changes made meanwhile replayed");
    } catch (RuntimeException e) {
      current.set(new Progress(index, "FAILED", 0, 0, 0, started, null, e.getMessage()));
    }
  }

  private static Progress progress(String index, String state, long done, long total, Instant started) {
    double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
    double rate = done / seconds;
    Instant end = rate == 0 ? null : Instant.now().plusSeconds((long) ((total - done) / rate));
    return new Progress(index, state, done, total, Math.round(rate * 10) / 10.0, started, end, null);
  }

  /** Articles whose indexed version differs from the live one in the database. */
  public record Consistency(long live, long indexed, List<Long> missing, List<Long> stale, List<Long> extra) {}

  public Consistency check() throws IOException {
    Map<Long, Integer> indexed = admin.indexedVersions();
    Map<Long, Integer> expected = live.liveVersionNumbers();
    List<Long> missing = expected.keySet().stream().filter(id -> !indexed.containsKey(id)).sorted().limit(100).toList();
    List<Long> stale = expected.entrySet().stream()
        .filter(e -> indexed.containsKey(e.getKey()) && !indexed.get(e.getKey()).equals(e.getValue()))
        .map(Map.Entry::getKey).sorted().limit(100).toList();
    List<Long> extra = indexed.keySet().stream().filter(id -> !expected.containsKey(id)).sorted().limit(100).toList();
    return new Consistency(expected.size(), indexed.size(), missing, stale, extra);
  }
}
