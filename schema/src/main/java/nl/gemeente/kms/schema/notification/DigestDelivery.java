package nl.gemeente.kms.schema.notification;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.gemeente.kms.schema.support.InstantConverter;

/**
 * The weekly digest of one employee for one ISO week. The row is unique per (username, week) and
 * exists before the mail is sent, so that however often sending is triggered, on however many
 * nodes, each digest goes out at most once.
 */
@Entity
@Table(name = "digest_delivery")
@Cacheable(false)
public class DigestDelivery {

  private static final int ERROR_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "iso_week", nullable = false, updatable = false)
  private String isoWeek;

  @Column(nullable = false, updatable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Convert(converter = InstantConverter.class)
  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "sent_at")
  private Instant sentAt;

  protected DigestDelivery() {}

  public DigestDelivery(String username, String isoWeek, String email, Instant now) {
    this.username = Objects.requireNonNull(username, "username");
    this.isoWeek = Objects.requireNonNull(isoWeek, "isoWeek");
    this.email = Objects.requireNonNull(email, "email");
    this.status = DeliveryStatus.PENDING;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.nextAttemptAt = now;
  }

  /**
   * Takes the row for one sending attempt until {@code until}: a waiting row whose turn has come,
   * or one whose earlier claim ran out because the node holding it died. While {@link
   * DeliveryStatus#SENDING}, {@code nextAttemptAt} is when the claim runs out; the attempt count
   * identifies the claim. False when the row is not (or not yet) free.
   */
  public boolean claim(Instant now, Instant until) {
    boolean free = status == DeliveryStatus.PENDING || status == DeliveryStatus.SENDING;
    if (!free || now.isBefore(nextAttemptAt)) {
      return false;
    }
    status = DeliveryStatus.SENDING;
    attempts++;
    nextAttemptAt = Objects.requireNonNull(until, "until");
    return true;
  }

  /** True while the claim of attempt number {@code attempt} holds the row. */
  public boolean isClaimedBy(int attempt) {
    return status == DeliveryStatus.SENDING && attempts == attempt;
  }

  public void recordSent(Instant now) {
    status = DeliveryStatus.SENT;
    sentAt = Objects.requireNonNull(now);
    lastError = null;
  }

  /** The mail server could not be reached or refused for now: try again at {@code retryAt}. */
  public void recordRetry(String error, Instant retryAt) {
    status = DeliveryStatus.PENDING;
    nextAttemptAt = Objects.requireNonNull(retryAt);
    lastError = clip(error);
  }

  /** The address was rejected: retrying would fail the same way. */
  public void recordFailed(String error) {
    status = DeliveryStatus.FAILED;
    lastError = clip(error);
  }

  private static String clip(String error) {
    String text = error == null ? "unknown error" : error;
    return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String isoWeek() {
    return isoWeek;
  }

  public String email() {
    return email;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
