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
import java.util.ArrayList;
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
  private long nextId;
  private long idsLeft;
  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::writeSafely, 500, 500, TimeUnit.MILLISECONDS);
  }

  /** Remembers a search; returns the id a click on one of its results is recorded under. */
  public long record(String username, String query, String filters, int hits, long tookMillis) {
    // PostgreSQL refuses U+0000 in text; an agent cannot type it, but a crafted URL can
    String masked = PersonalData.mask(query).replace("\0", "");
    SearchLogEntry entry = new SearchLogEntry(nextId(), clock.instant(), pseudonyms.of(username),
        masked.substring(0, Math.min(masked.length(), 500)), filters == null ? null : filters.replace("\0", ""),
        hits, (int) Math.min(tookMillis, Integer.MAX_VALUE));
    pending.add(entry);
    return entry.id();
  }

  private synchronized long nextId() {
    if (idsLeft == 0) {
      nextId = idBlocks.reserve("search_log", IDS_PER_BLOCK);
      idsLeft = IDS_PER_BLOCK;
    }
    idsLeft--;
    return nextId++;
  }

  /** Writes every search remembered so far; when it returns they are committed. */
  public void writePending() {
    writing.lock();
    try {
      List<SearchLogEntry> batch = new ArrayList<>();
      for (SearchLogEntry e = pending.poll(); e != null; e = pending.poll()) {
        batch.add(e);
      }
      if (batch.isEmpty()) {
        return;
      }
      try {
        self.insert(batch);
      } catch (RuntimeException e) {
        batch.forEach(pending::add);
        while (pending.size() > MOST_PENDING) {
          pending.poll();
        }
        throw e;
      }
    } finally {
      writing.unlock();
    }
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
      LOG.log(Level.WARNING, "Writing " + pending.size() + " searches to the search log failed; retrying", e);
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
