package nl.gemeente.kms.schema.report;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.gemeente.kms.schema.support.InstantConverter;
import nl.gemeente.kms.workflow.report.ReportState;

/**
 * One step in the life of a report with the words its actor gave (a reason, an explanation, the
 * reporter's comment on reopening). Written only through {@link InconsistencyReport}; never changed.
 */
@Entity
@Table(name = "report_history")
public class ReportHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", updatable = false)
  private InconsistencyReport report;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", updatable = false)
  private ReportState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, updatable = false)
  private ReportState toState;

  @Column(updatable = false)
  private String note;

  protected ReportHistoryEntry() {}

  ReportHistoryEntry(InconsistencyReport report, Instant occurredAt, String actor, String action,
      ReportState fromState, ReportState toState, String note) {
    this.report = Objects.requireNonNull(report);
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.fromState = fromState;
    this.toState = Objects.requireNonNull(toState);
    this.note = note;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  /** {@code FILE} or the name of a {@link nl.gemeente.kms.workflow.report.ReportTransition}. */
  public String action() {
    return action;
  }

  /** Empty for the filing itself. */
  public Optional<ReportState> fromState() {
    return Optional.ofNullable(fromState);
  }

  public ReportState toState() {
    return toState;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }
}
