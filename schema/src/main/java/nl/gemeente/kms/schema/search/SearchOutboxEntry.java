package nl.gemeente.kms.schema.search;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.gemeente.kms.schema.support.InstantConverter;

/**
 * "The searchable state of this article changed": written in the same transaction as the change,
 * so the index can never miss it, and applied to Elasticsearch afterwards with retries.
 */
@Entity
@Table(name = "search_outbox")
public class SearchOutboxEntry {

  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int attempts;

  @Convert(converter = InstantConverter.class)
  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "last_error")
  private String lastError;

  protected SearchOutboxEntry() {}

  public SearchOutboxEntry(long articleId, Instant now) {
    this.articleId = articleId;
    this.createdAt = Objects.requireNonNull(now);
    this.nextAttemptAt = now;
  }

  public void markDone(Instant now) {
    this.doneAt = now;
    this.lastError = null;
  }

  /** Exponential backoff from one second up to five minutes: a long outage costs few attempts. */
  public void markFailed(String error, Instant now) {
    attempts++;
    long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 20));
    this.nextAttemptAt = now.plusSeconds(seconds);
    this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
  }

  /** Applies it again (after a reindex swapped the index it was written to). */
  public void retry(Instant now) {
    this.doneAt = null;
    this.nextAttemptAt = now;
  }

  public Long id() {
    return id;
  }

  public long articleId() {
    return articleId;
  }

  public int attempts() {
    return attempts;
  }

  public boolean isDone() {
    return doneAt != null;
  }
}
