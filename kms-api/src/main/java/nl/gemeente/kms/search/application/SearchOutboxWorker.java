package nl.gemeente.kms.search.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.schema.search.SearchOutboxEntry;

/**
 * Applies the search outbox to Elasticsearch every quarter second. While Elasticsearch is down the
 * entries wait with a growing backoff; publishing goes on, and the index catches up when it is back.
 * Every node runs a worker; applying an entry twice is harmless because it writes what is live now.
 */
@ApplicationScoped
public class SearchOutboxWorker {

  private static final Logger LOG = Logger.getLogger(SearchOutboxWorker.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SearchOutbox outbox;
  @Inject LiveDocuments live;
  @Inject ArticleSearchIndex index;
  @Inject SearchIndexSync sync;
  @Inject nl.gemeente.kms.search.infrastructure.SearchCluster cluster;

  private long nextPrepareAttempt;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::drain, 1000, 250, TimeUnit.MILLISECONDS);
  }

  /** Applies every due entry; returns how many were applied. */
  public int drain() {
    if (!index.isAvailable()) {
      retryPreparation();
      return 0;
    }
    int applied = 0;
    try {
      for (SearchOutboxEntry entry : outbox.due(200)) {
        if (apply(entry)) {
          applied++;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search outbox run failed; retrying", e);
    }
    return applied;
  }

  private boolean apply(SearchOutboxEntry entry) {
    try {
      live.of(entry.articleId())
          .ifPresentOrElse(index::put, () -> index.remove(entry.articleId()));
      outbox.done(entry.id());
      return true;
    } catch (SearchUnavailable e) {
      outbox.failed(entry.id(), e.getMessage());
      return false;
    }
  }

  private void retryPreparation() {
    if (cluster.client().isPresent() && System.nanoTime() > nextPrepareAttempt) {
      nextPrepareAttempt = System.nanoTime() + 5_000_000_000L;
      sync.prepare();
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
