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
import java.time.Clock;
import java.time.Instant;
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
import nl.gemeente.kms.platform.privacy.PersonalData;
import nl.gemeente.kms.schema.search.SearchLogEntry;

/**
 * What agents searched for and whether they found it: top queries, queries without results,
 * queries without a click, and click-through. Queries are masked and users pseudonymized before
 * anything is stored.
 *
 * <p>A search is written after it has answered, with the others of the same half second in one
 * transaction (ADR 0010): one insert and commit per search cost the server more CPU than the rest of
 * the search. Whatever reads the log (a click, the report, a privacy export or removal) first writes
 * what is pending, so it never misses a search; a node that crashes loses its last half second.
 */
@ApplicationScoped
public class SearchAnalytics {

  private static final Logger LOG = Logger.getLogger(SearchAnalytics.class.getName());
  private static final int IDS_PER_BLOCK = 1000;
  /** While the database refuses the writes, at most this many searches wait; then the oldest go. */
  private static final int MOST_PENDING = 50_000;

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject Clock clock;
  @Inject Pseudonyms pseudonyms;
  @Inject IdBlocks idBlocks;
  @Inject SearchAnalytics self;
  @Resource ManagedScheduledExecutorService scheduler;

  private final ConcurrentLinkedQueue<SearchLogEntry> pending = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writing = new ReentrantLock();
  // what a failed write gave back, oldest first; only touched while holding the lock
  private final ArrayDeque<SearchLogEntry> unwritten = new ArrayDeque<>();
  private long nextId;
  private long idsLeft;
  private long noIdsUntil;
  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::writeSafely, 500, 500, TimeUnit.MILLISECONDS);
  }

  /**
   * Remembers a search; returns the id a click on one of its results is recorded under, or null
   * when the database has no ids to give (the search is then not logged; it still answers).
   */
  public Long record(String username, String query, String filters, int hits, long tookMillis) {
    Long id = nextId();
    if (id == null) {
      return null;
    }
    // PostgreSQL refuses U+0000 in text; an agent cannot type it, but a crafted URL can
    String masked = PersonalData.mask(query).replace("\0", "");
    pending.add(new SearchLogEntry(id, clock.instant(), pseudonyms.of(username),
        masked.substring(0, Math.min(masked.length(), 500)), filters == null ? null : filters.replace("\0", ""),
        hits, (int) Math.min(tookMillis, Integer.MAX_VALUE)));
    return id;
  }

  private synchronized Long nextId() {
    if (idsLeft == 0) {
      if (System.nanoTime() < noIdsUntil) {
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

  /** Only the employee who searched can record a click on it. */
  @Transactional
  public boolean recordClick(long searchId, String username, long articleId, int rank) {
    writePending();
    SearchLogEntry entry = em.find(SearchLogEntry.class, searchId);
    if (entry == null || !entry.userRef().equals(pseudonyms.of(username))) {
      return false;
    }
    entry.recordClick(articleId, rank);
    return true;
  }

  public record QueryCount(String query, long searches, long clicks) {}

  public record Report(Instant from, Instant to, long searches, double clickThroughRate,
      List<QueryCount> top, List<QueryCount> zeroResults, List<QueryCount> noClick) {}

  @Transactional
  public Report report(Instant from, Instant to, int limit) {
    writePending();
    long searches = em.createQuery("select count(e) from SearchLogEntry e where e.occurredAt >= :f and e.occurredAt < :t", Long.class)
        .setParameter("f", from).setParameter("t", to).getSingleResult();
    long clicked = em.createQuery("select count(e) from SearchLogEntry e where e.occurredAt >= :f and e.occurredAt < :t"
            + " and e.clickedArticleId is not null", Long.class)
        .setParameter("f", from).setParameter("t", to).getSingleResult();
    return new Report(from, to, searches, searches == 0 ? 0 : (double) clicked / searches,
        grouped("", from, to, limit), grouped(" and e.hitCount = 0", from, to, limit),
        grouped(" and e.hitCount > 0 and e.clickedArticleId is null", from, to, limit));
  }

  private List<QueryCount> grouped(String condition, Instant from, Instant to, int limit) {
    List<Object[]> rows = em.createQuery("select lower(e.queryText), count(e), count(e.clickedArticleId) from SearchLogEntry e"
            + " where e.occurredAt >= :f and e.occurredAt < :t" + condition
            + " group by lower(e.queryText) order by count(e) desc, lower(e.queryText)", Object[].class)
        .setParameter("f", from).setParameter("t", to).setMaxResults(limit).getResultList();
    return rows.stream().map(r -> new QueryCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
  }
}
