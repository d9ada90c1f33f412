package nl.gemeente.kms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import nl.gemeente.kms.schema.search.SearchOutboxEntry;

/** Records, inside the caller's transaction, that an article must be re-indexed. */
@ApplicationScoped
public class SearchOutbox {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void articleChanged(long articleId) {
    em.persist(new SearchOutboxEntry(articleId, clock.instant()));
  }

  /** Pending entries that are due, oldest first. */
  @Transactional
  public List<SearchOutboxEntry> due(int limit) {
    return em.createQuery(
            "select e from SearchOutboxEntry e where e.doneAt is null and e.nextAttemptAt <= :now order by e.id",
            SearchOutboxEntry.class)
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public void done(long entryId) {
    SearchOutboxEntry e = em.find(SearchOutboxEntry.class, entryId);
    if (e != null) {
      e.markDone(clock.instant());
    }
  }

  @Transactional
  public void doneAll(Collection<Long> entryIds) {
    entryIds.forEach(this::done);
  }

  @Transactional
  public void failedAll(Collection<Long> entryIds, String error) {
    entryIds.forEach(id -> failed(id, error));
  }

  @Transactional
  public void failed(long entryId, String error) {
    SearchOutboxEntry e = em.find(SearchOutboxEntry.class, entryId);
    if (e != null) {
      e.markFailed(error, clock.instant());
    }
  }

  @Transactional
  public long lastId() {
    Long max = em.createQuery("select max(e.id) from SearchOutboxEntry e", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  /** Everything written since {@code afterId} is applied again: used after a reindex swapped indices. */
  @Transactional
  public int replaySince(long afterId) {
    List<SearchOutboxEntry> since =
        em.createQuery("select e from SearchOutboxEntry e where e.id > :id", SearchOutboxEntry.class)
            .setParameter("id", afterId)
            .getResultList();
    since.forEach(e -> e.retry(clock.instant()));
    return since.size();
  }

  @Transactional
  public long pendingCount() {
    return em.createQuery("select count(e) from SearchOutboxEntry e where e.doneAt is null", Long.class).getSingleResult();
  }
}
