package nl.gemeente.kms.search.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.platform.persistence.IdBlocks;
import nl.gemeente.kms.schema.search.SearchLogEntry;

/**
 * Writes the search log behind the searches (ADR 0010): a search takes an id at once (clicks are
 * recorded under it) and its row is written with the others of the same half second in one
 * transaction, because one insert and commit per search cost the server more CPU than the rest of
 * the search. Whatever reads the log calls {@link #writePending} first, so it never misses a search;
 * a node that crashes loses its last half second.
 */
@ApplicationScoped
public class SearchLogWriter {

  private static final Logger LOG = Logger.getLogger(SearchLogWriter.class.getName());
  private static final int IDS_PER_BLOCK = 1000;
  /** While the database refuses the writes, at most this many searches wait; then the oldest go. */
  private static final int MOST_PENDING = 50_000;

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject IdBlocks idBlocks;
  @Inject SearchLogWriter self;
  @Resource ManagedScheduledExecutorService scheduler;

  private final ConcurrentLinkedQueue<SearchLogEntry> pending = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writing = new ReentrantLock();
  // what a failed write gave back, oldest first; only touched while holding the lock
  private final ArrayDeque<SearchLogEntry> unwritten = new ArrayDeque<>();
  private long nextId;
  private long idsLeft;
  // System.nanoTime() may be negative; only differences between its values mean anything
  private long noIdsUntil = System.nanoTime();
  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::writeSafely, 500, 500, TimeUnit.MILLISECONDS);
  }

  /** The id for the next search's row, or null when the database has none to give. */
  public synchronized Long nextId() {
    if (idsLeft == 0) {
      if (System.nanoTime() - noIdsUntil < 0) {
        return null;
      }
      try {
        nextId = idBlocks.reserve("search_log", IDS_PER_BLOCK);
        idsLeft = IDS_PER_BLOCK;
      } catch (RuntimeException e) {
        // one search waits for the database, not each one after it
        noIdsUntil = System.nanoTime() + 5_000_000_000L;
        LOG.log(Level.WARNING, "No search log ids from the database; searches go unlogged for 5 s", e);
        return null;
      }
    }
    idsLeft--;
    return nextId++;
  }

  /** Queues a row (its id from {@link #nextId}) for the next write. */
  public void writeLater(SearchLogEntry entry) {
    pending.add(entry);
  }

  /** Writes every search remembered so far; when it returns they are committed, or it throws. */
  public void writePending() {
    writing.lock();
    try {
      for (SearchLogEntry e = pending.poll(); e != null; e = pending.poll()) {
        unwritten.add(e);
      }
      if (unwritten.isEmpty()) {
        return;
      }
      try {
        self.insert(List.copyOf(unwritten));
        unwritten.clear();
      } catch (RuntimeException e) {
        if (!refusedForItsContent(e)) {
          while (unwritten.size() > MOST_PENDING) {
            unwritten.poll();
          }
          throw e;
        }
        writeOneByOne();
      }
    } finally {
      writing.unlock();
    }
  }

  /** A batch with a row the database will never take: the others are written, that row is dropped. */
  private void writeOneByOne() {
    while (!unwritten.isEmpty()) {
      SearchLogEntry entry = unwritten.peek();
      try {
        self.insert(List.of(entry));
      } catch (RuntimeException e) {
        if (!refusedForItsContent(e)) {
          throw e;
        }
        LOG.log(Level.WARNING, "Search log row " + entry.id() + " refused by the database; dropped", e);
      }
      unwritten.poll();
    }
  }

  /** SQL states of class 22 (data) and 23 (integrity): the row's fault, not the database's state. */
  private static boolean refusedForItsContent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
        return true;
      }
    }
    return false;
  }

  /** Public for the transaction interceptor only: call {@link #writePending}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insert(List<SearchLogEntry> batch) {
    batch.forEach(em::persist);
  }

  private void writeSafely() {
    try {
      writePending();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Writing the search log failed; retrying", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
    writeSafely();
  }
}
