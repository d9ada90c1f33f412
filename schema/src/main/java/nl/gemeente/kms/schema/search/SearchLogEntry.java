package nl.gemeente.kms.schema.search;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.gemeente.kms.schema.support.InstantConverter;

/**
 * One search an employee made: what knowledge managers need to see what is missing. The user is a
 * pseudonym and the query has citizen data masked before it is stored.
 */
@Entity
@Table(name = "search_log")
public class SearchLogEntry {

  // handed out by the application before the row is written (id_block)
  @Id
  private Long id;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "user_ref", nullable = false)
  private String userRef;

  @Column(name = "query_text", nullable = false)
  private String queryText;

  private String filters;

  @Column(name = "hit_count", nullable = false)
  private int hitCount;

  @Column(name = "took_ms", nullable = false)
  private int tookMillis;

  @Column(name = "clicked_article_id")
  private Long clickedArticleId;

  @Column(name = "clicked_rank")
  private Integer clickedRank;

  protected SearchLogEntry() {}

  public SearchLogEntry(long id, Instant occurredAt, String userRef, String maskedQuery, String filters, int hitCount, int tookMillis) {
    this.id = id;
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.userRef = Objects.requireNonNull(userRef);
    this.queryText = Objects.requireNonNull(maskedQuery);
    this.filters = filters;
    this.hitCount = hitCount;
    this.tookMillis = tookMillis;
  }

  /** The first result the employee opened from this search, and its place in the list (1-based). */
  public void recordClick(long articleId, int rank) {
    if (clickedArticleId == null) {
      this.clickedArticleId = articleId;
      this.clickedRank = rank;
    }
  }

  public Long id() {
    return id;
  }

  public String userRef() {
    return userRef;
  }

  public String queryText() {
    return queryText;
  }

  public int hitCount() {
    return hitCount;
  }

  public Long clickedArticleId() {
    return clickedArticleId;
  }

  public Integer clickedRank() {
    return clickedRank;
  }
}
