package nl.gemeente.kms.schema.report;

import static nl.gemeente.kms.workflow.report.ReportTransition.MARK_DUPLICATE;
import static nl.gemeente.kms.workflow.report.ReportTransition.REJECT;
import static nl.gemeente.kms.workflow.report.ReportTransition.REOPEN;
import static nl.gemeente.kms.workflow.report.ReportTransition.RESOLVE;
import static nl.gemeente.kms.workflow.report.ReportTransition.ROUTE;
import static nl.gemeente.kms.workflow.report.ReportTransition.START;
import static nl.gemeente.kms.workflow.report.ReportTransition.TRIAGE;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.gemeente.kms.schema.support.InstantConverter;
import nl.gemeente.kms.workflow.report.Quote;
import nl.gemeente.kms.workflow.report.ReportCategory;
import nl.gemeente.kms.workflow.report.ReportFilingRules.Filing;
import nl.gemeente.kms.workflow.report.ReportOutcome;
import nl.gemeente.kms.workflow.report.ReportState;
import nl.gemeente.kms.workflow.report.ReportSubject;
import nl.gemeente.kms.workflow.report.ReportTransition;
import nl.gemeente.kms.workflow.report.Resolution;
import nl.gemeente.kms.workflow.report.ResolutionKind;

/**
 * An employee's report that a version of an article is wrong, outdated, unclear or contradicts
 * something, and the department's answer. It refers to the article by id, not by association: the
 * report is its own aggregate and changes without locking the article. Every step the
 * {@link nl.gemeente.kms.workflow.report.ReportWorkflow} allowed is recorded here with its history line.
 */
@Entity
@Table(name = "inconsistency_report")
public class InconsistencyReport implements ReportSubject {

  /** The version a report is about, as it was when the report was filed. */
  public record ReportedVersion(long articleId, int number, String author, String department) {}

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(name = "article_id", nullable = false, updatable = false) private long articleId;
  @Column(name = "version_no", nullable = false, updatable = false) private int versionNumber;
  @Column(name = "version_author", nullable = false, updatable = false) private String versionAuthor;
  @Column(name = "department_code", nullable = false) private String department;
  @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private ReportCategory category;
  @Column(name = "related_article_id", updatable = false) private Long relatedArticleId;
  @Column(name = "quote_text", updatable = false) private String quoteText;
  @Column(name = "quote_start", updatable = false) private Integer quoteStart;
  @Column(name = "quote_end", updatable = false) private Integer quoteEnd;
  @Column(nullable = false, updatable = false) private String description;
  @Column(nullable = false, updatable = false) private String reporter;
  private String assignee;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private ReportState state;

  @Convert(converter = InstantConverter.class)
  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  // the last time it was answered or marked duplicate; null while open
  @Convert(converter = InstantConverter.class)
  @Column(name = "closed_at")
  private Instant closedAt;

  @Enumerated(EnumType.STRING) private ResolutionKind resolution;
  @Column(name = "fixed_in_version") private Integer fixedInVersion;
  @Column(name = "outcome_note") private String outcomeNote;
  @Column(name = "duplicate_of") private Long duplicateOf;
  @Column(name = "reopen_count", nullable = false) private int reopenCount;
  @Version @Column(name = "lock_version") private long lockVersion;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("id ASC")
  private List<ReportHistoryEntry> history = new ArrayList<>();

  protected InconsistencyReport() {}

  /** Files a report: it starts OPEN in the queue of the department that owns the article. */
  public InconsistencyReport(ReportedVersion version, Filing filing, String reporter, Instant filedAt) {
    this.articleId = version.articleId();
    this.versionNumber = version.number();
    this.versionAuthor = Objects.requireNonNull(version.author());
    this.department = Objects.requireNonNull(version.department());
    this.category = Objects.requireNonNull(filing.category());
    this.relatedArticleId = filing.relatedArticleId();
    if (filing.quote() != null) {
      this.quoteText = filing.quote().text();
      this.quoteStart = filing.quote().start();
      this.quoteEnd = filing.quote().end();
    }
    this.description = Objects.requireNonNull(filing.description());
    this.reporter = Objects.requireNonNull(reporter);
    this.state = ReportState.OPEN;
    this.filedAt = Objects.requireNonNull(filedAt);
    this.updatedAt = filedAt;
    history.add(new ReportHistoryEntry(this, filedAt, reporter, "FILE", null, ReportState.OPEN, null));
  }

  public void triage(ReportOutcome outcome, String assignee) {
    record(outcome, TRIAGE, outcome.comment());
    this.assignee = Objects.requireNonNull(assignee);
  }

  public void startWork(ReportOutcome outcome) {
    record(outcome, START, outcome.comment());
  }

  public void resolve(ReportOutcome outcome, Resolution resolution) {
    record(outcome, RESOLVE, outcome.comment());
    this.resolution = resolution.kind();
    this.fixedInVersion = resolution instanceof Resolution.FixedBy fix ? fix.versionNumber() : null;
    this.outcomeNote = resolution instanceof Resolution.NoChangeNeeded ? outcome.comment() : null;
    this.closedAt = outcome.at();
  }

  public void reject(ReportOutcome outcome) {
    record(outcome, REJECT, outcome.comment());
    this.outcomeNote = outcome.comment();
    this.closedAt = outcome.at();
  }

  public void markDuplicateOf(ReportOutcome outcome, long originalId) {
    record(outcome, MARK_DUPLICATE, "duplicate of report " + originalId);
    this.duplicateOf = originalId;
    this.closedAt = outcome.at();
  }

  /** Into another department's queue, where it waits for triage again. */
  public void routeTo(ReportOutcome outcome, String newDepartment) {
    String note = department + " -> " + newDepartment + (outcome.comment() == null ? "" : ": " + outcome.comment());
    record(outcome, ROUTE, note);
    this.department = Objects.requireNonNull(newDepartment);
    this.assignee = null;
  }

  /** Back into the queue; the previous answer stays in the history only. */
  public void reopen(ReportOutcome outcome) {
    record(outcome, REOPEN, outcome.comment());
    this.reopenCount++;
    this.assignee = null;
    this.resolution = null;
    this.fixedInVersion = null;
    this.outcomeNote = null;
    this.closedAt = null;
  }

  private void record(ReportOutcome outcome, ReportTransition expected, String note) {
    if (outcome.transition() != expected || outcome.from() != state) {
      throw new IllegalArgumentException(outcome + " does not apply to report " + id + " in state " + state);
    }
    this.state = outcome.to();
    this.updatedAt = outcome.at();
    history.add(new ReportHistoryEntry(this, outcome.at(), outcome.actor(), expected.name(), outcome.from(), outcome.to(), note));
  }

  @Override public Long id() { return id; }
  @Override public ReportState state() { return state; }
  @Override public String department() { return department; }
  @Override public String reporter() { return reporter; }
  @Override public String versionAuthor() { return versionAuthor; }
  @Override public long articleId() { return articleId; }
  @Override public Instant filedAt() { return filedAt; }
  @Override public int reopenCount() { return reopenCount; }

  public int versionNumber() { return versionNumber; }
  public ReportCategory category() { return category; }
  public Optional<Long> relatedArticleId() { return Optional.ofNullable(relatedArticleId); }
  public String description() { return description; }
  public Optional<String> assignee() { return Optional.ofNullable(assignee); }
  public Instant updatedAt() { return updatedAt; }
  public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }
  public Optional<ResolutionKind> resolution() { return Optional.ofNullable(resolution); }
  public Optional<Integer> fixedInVersion() { return Optional.ofNullable(fixedInVersion); }
  /** The explanation of "no change needed" or the reason of a rejection. */
  public Optional<String> outcomeNote() { return Optional.ofNullable(outcomeNote); }
  public Optional<Long> duplicateOf() { return Optional.ofNullable(duplicateOf); }
  public List<ReportHistoryEntry> history() { return List.copyOf(history); }
  public long lockVersion() { return lockVersion; }

  public Optional<Quote> quote() {
    return quoteText == null ? Optional.empty() : Optional.of(new Quote(quoteText, quoteStart, quoteEnd));
  }
}
