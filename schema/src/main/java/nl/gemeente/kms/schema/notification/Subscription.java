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
import nl.gemeente.kms.schema.support.InstantConverter;

/**
 * An employee follows a department, a topic or one article and hears of its publications,
 * scheduled changes and withdrawals. The defaults (agents: every major change; editors: their
 * department's review queue) are rules, not rows, so they apply to new colleagues at once.
 */
@Entity
@Table(name = "subscription")
@Cacheable(false)
public class Subscription {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind", nullable = false, updatable = false)
  private SubscriptionKind kind;

  /** A department code, a topic, or an article id in decimal. */
  @Column(nullable = false, updatable = false)
  private String target;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Subscription() {}

  public Subscription(String username, SubscriptionKind kind, String target, Instant createdAt) {
    this.username = Objects.requireNonNull(username, "username");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.target = Objects.requireNonNull(target, "target");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public SubscriptionKind kind() {
    return kind;
  }

  public String target() {
    return target;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
