package nl.gemeente.kms.schema.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.gemeente.kms.schema.support.InstantConverter;
import java.util.Objects;

/**
 * One line of the append-only audit trail: who did what to which article version, when, and with
 * which remark. There is deliberately no method that changes an entry once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "article_id", updatable = false)
  private Long articleId;

  @Column(name = "version_no", updatable = false)
  private Integer versionNumber;

  @Column(name = "from_state", updatable = false)
  private String fromState;

  @Column(name = "to_state", updatable = false)
  private String toState;

  @Column(updatable = false)
  private String remark;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      Long articleId,
      Integer versionNumber,
      String fromState,
      String toState,
      String remark) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.articleId = articleId;
    this.versionNumber = versionNumber;
    this.fromState = fromState;
    this.toState = toState;
    this.remark = remark;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public Long articleId() {
    return articleId;
  }

  public Integer versionNumber() {
    return versionNumber;
  }

  public String fromState() {
    return fromState;
  }

  public String toState() {
    return toState;
  }

  public String remark() {
    return remark;
  }
}
