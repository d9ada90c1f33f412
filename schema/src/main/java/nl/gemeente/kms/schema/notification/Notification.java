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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.gemeente.kms.schema.support.InstantConverter;
import nl.gemeente.kms.workflow.ChangeLevel;

/**
 * One notification in one employee's inbox. Ids increase in commit order (see ADR 0004), so the
 * id is also the position in the stream that a reconnecting client resumes from. Only the read and
 * confirmation marks ever change.
 */
@Entity
@Table(name = "notification")
// not in the shared cache: another node may mark it read or confirmed
@Cacheable(false)
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "notification_type", nullable = false, updatable = false)
  private NotificationType type;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(updatable = false)
  private String body;

  @Column(updatable = false)
  private String link;

  @Column(name = "article_id", updatable = false)
  private Long articleId;

  @Column(name = "version_no", updatable = false)
  private Integer versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_level", updatable = false)
  private ChangeLevel changeLevel;

  @Column(name = "valid_from", updatable = false)
  private LocalDate validFrom;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_on", nullable = false, updatable = false)
  private LocalDate createdOn;

  @Convert(converter = InstantConverter.class)
  @Column(name = "read_at")
  private Instant readAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected Notification() {}

  /** @param createdOn the calendar day of {@code createdAt} in the municipality's time zone */
  public Notification(String recipient, NotificationContent content, Instant createdAt, LocalDate createdOn) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.type = content.type();
    this.title = content.title();
    this.body = content.body();
    this.link = content.link();
    this.articleId = content.articleId();
    this.versionNumber = content.versionNumber();
    this.changeLevel = content.changeLevel();
    this.validFrom = content.validFrom();
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdOn = Objects.requireNonNull(createdOn, "createdOn");
  }

  /** The first reading counts; reading again changes nothing. */
  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = Objects.requireNonNull(at);
    }
  }

  /**
   * Records "read and understood". The caller has checked {@link
   * NotificationContent#asksForConfirmation()} and that it was not confirmed before.
   */
  public void confirm(Instant at) {
    if (!content().asksForConfirmation() || confirmedAt != null) {
      throw new IllegalStateException("notification " + id + " cannot be confirmed");
    }
    confirmedAt = Objects.requireNonNull(at);
    markRead(at);
  }

  public NotificationContent content() {
    return new NotificationContent(type, title, body, link, articleId, versionNumber, changeLevel, validFrom);
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public LocalDate createdOn() {
    return createdOn;
  }

  public Optional<Instant> readAt() {
    return Optional.ofNullable(readAt);
  }

  public Optional<Instant> confirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }
}
