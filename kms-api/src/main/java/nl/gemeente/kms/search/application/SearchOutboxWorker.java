package nl.gemeente.kms.search.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.gemeente.kms.schema.search.SearchOutboxEntry;

/**
 * Applies the search outbox to Elasticsearch every quarter second. While Elasticsearch is down the
 * entries wait with a growing backoff; publishing goes on, and the index catches up when it is back.
 * Every node runs a worker; applying an entry twice is harmless because it writes what is live now.
 */
@ApplicationScoped
public class SearchOutboxWorker {

  private static final Logger LOG = Logger.getLogger(SearchOutboxWorker.class.getName());
  private static final int BATCH = 500;

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
    try {
      return applyBatch(outbox.due(BATCH));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search outbox run failed; retrying", e);
      return 0;
    }
  }

  /**
   * One database read and one bulk request per batch: after a bulk import of thousands of articles
   * the next editor's publication must not wait behind thousands of single requests.
   */
  private int applyBatch(List<SearchOutboxEntry> entries) {
    if (entries.isEmpty()) {
      return 0;
    }
    Set<Long> articleIds = entries.stream().map(SearchOutboxEntry::articleId).collect(Collectors.toCollection(LinkedHashSet::new));
    List<Long> entryIds = entries.stream().map(SearchOutboxEntry::id).toList();
    Map<Long, SearchDocument> documents = live.ofAll(articleIds);
    List<Long> removed = articleIds.stream().filter(id -> !documents.containsKey(id)).toList();
    try {
      index.apply(documents.values(), removed);
      outbox.doneAll(entryIds);
      return entryIds.size();
    } catch (SearchUnavailable e) {
      outbox.failedAll(entryIds, e.getMessage());
      return 0;
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
