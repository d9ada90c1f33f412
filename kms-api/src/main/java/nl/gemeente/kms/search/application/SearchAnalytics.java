package nl.gemeente.kms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.gemeente.kms.platform.privacy.PersonalData;
import nl.gemeente.kms.schema.search.SearchLogEntry;

/**
 * What agents searched for and whether they found it: top queries, queries without results,
 * queries without a click, and click-through. Queries are masked and users pseudonymized before
 * anything is stored. The rows are written behind the searches ({@link SearchLogWriter}).
 */
@ApplicationScoped
public class SearchAnalytics {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject Clock clock;
  @Inject Pseudonyms pseudonyms;
  @Inject SearchLogWriter log;

  /**
   * Remembers a search; returns the id a click on one of its results is recorded under, or null
   * when the database has no ids to give (the search is then not logged; it still answers).
   */
  public Long record(String username, String query, String filters, int hits, long tookMillis) {
    Long id = log.nextId();
    if (id == null) {
      return null;
    }
    // PostgreSQL refuses U+0000 in text; an agent cannot type it, but a crafted URL can
    String masked = PersonalData.mask(query).replace("\0", "");
    log.writeLater(new SearchLogEntry(id, clock.instant(), pseudonyms.of(username),
        masked.substring(0, Math.min(masked.length(), 500)), filters == null ? null : filters.replace("\0", ""),
        hits, (int) Math.min(tookMillis, Integer.MAX_VALUE)));
    return id;
  }

  /** Only the employee who searched can record a click on it. */
  @Transactional
  public boolean recordClick(long searchId, String username, long articleId, int rank) {
    log.writePending();
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
    log.writePending();
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
