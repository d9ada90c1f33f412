package nl.gemeente.kms.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.audit.application.AuditTrail;
import nl.gemeente.kms.identity.infrastructure.UserDirectory;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.audit.AuditEntry;
import nl.gemeente.kms.schema.identity.Department;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.DepartmentScope;
import nl.gemeente.kms.workflow.RuleViolation;
import nl.gemeente.kms.workflow.report.ReportAccess;
import nl.gemeente.kms.workflow.report.ReportOutcome;
import nl.gemeente.kms.workflow.report.ReportWorkflow;
import nl.gemeente.kms.workflow.report.Resolution;
import nl.gemeente.kms.workflow.report.ResolutionKind;

/**
 * The life cycle of a report after filing. Every step loads the report locked, answers 404 to those
 * who may not see it, lets {@link ReportWorkflow} decide, then records the step on the report, in
 * the audit trail and as a {@link ReportEvent}, all in one transaction. Filing is {@link ReportFiling}.
 */
@ApplicationScoped
public class ReportService {

  @Inject ReportRepository reports;
  @Inject ArticleRepository articles;
  @Inject UserDirectory people;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<ReportEvent> events;

  /** How the editor answers: a fixing version (of this article unless said otherwise) or an explanation. */
  public record Answer(ResolutionKind kind, Long fixArticleId, Integer fixVersion, String explanation) {}

  @Transactional
  public InconsistencyReport triage(long id, String assignee, String comment, Actor actor) {
    InconsistencyReport report = visibleForUpdate(id, actor);
    Actor person = assignee == null ? null : people.actor(assignee).orElse(null);
    ReportOutcome outcome = workflow().triage(report, actor, person, comment);
    ReportPrivacy.refuseBsn("comment", outcome.comment());
    return apply(report, outcome, r -> r.triage(outcome, person.username()));
  }

  @Transactional
  public InconsistencyReport start(long id, Actor actor) {
    InconsistencyReport report = visibleForUpdate(id, actor);
    ReportOutcome outcome = workflow().start(report, actor);
    return apply(report, outcome, r -> r.startWork(outcome));
  }

  @Transactional
  public InconsistencyReport resolve(long id, Answer answer, Actor actor) {
    InconsistencyReport report = visibleForUpdate(id, actor);
    Resolution resolution = resolution(report, answer, actor);
    ReportOutcome outcome = workflow().resolve(report, actor, resolution);
    ReportPrivacy.refuseBsn("explanation", outcome.comment());
    return apply(report, outcome, r -> r.resolve(outcome, resolution));
  }

  @Transactional
  public InconsistencyReport reject(long id, String reason, Actor actor) {
    InconsistencyReport report = visibleForUpdate(id, actor);
    ReportOutcome outcome = workflow().reject(report, actor, reason);
    ReportPrivacy.refuseBsn("comment", outcome.comment());
    return apply(report, outcome, r -> r.reject(outcome));
  }

  @Transactional
  public InconsistencyReport markDuplicate(long id, long originalId, Actor actor) {
    InconsistencyReport report = visibleForUpdate(id, actor);
    InconsistencyReport original = reports.find(originalId).orElse(null);
    ReportOutcome outcome = workflow().markDuplicate(report, actor, original);
    return apply(report, outcome, r -> r.markDuplicateOf(outcome, originalId));
  }

  @Transactional
  public InconsistencyReport route(long id, String department, String comment, Actor actor) {
    InconsistencyReport report = visibleForUpdate(id, actor);
    var departments = articles.departments().stream().map(Department::code).collect(Collectors.toSet());
    ReportOutcome outcome = workflow().route(report, actor, department, departments, comment);
    ReportPrivacy.refuseBsn("comment", outcome.comment());
    return apply(report, outcome, r -> r.routeTo(outcome, department));
  }

  @Transactional
  public InconsistencyReport reopen(long id, String comment, Actor actor) {
    InconsistencyReport report = visibleForUpdate(id, actor);
    ReportOutcome outcome = workflow().reopen(report, actor, comment);
    ReportPrivacy.refuseBsn("comment", outcome.comment());
    return apply(report, outcome, r -> r.reopen(outcome));
  }

  private InconsistencyReport apply(InconsistencyReport report, ReportOutcome outcome, Consumer<InconsistencyReport> step) {
    var before = new ReportEvents.Before(report.department(), report.assignee().orElse(null));
    step.accept(report);
    audit.record(new AuditEntry(outcome.at(), outcome.actor(), auditAction(outcome), report.articleId(),
        report.versionNumber(), outcome.from().name(), outcome.to().name(), auditRemark(report, before.department())));
    reports.flush();
    events.fire(ReportEvents.of(report, outcome, title(report), before));
    return report;
  }

  /** A fix is looked up as this employee may see it; anything else is "no such version", not a leak. */
  private Resolution resolution(InconsistencyReport report, Answer answer, Actor actor) {
    if (answer.kind() == null) {
      throw new RuleViolation("resolution", "required", "Say how the report was resolved: FIXED or NO_CHANGE_NEEDED.");
    }
    if (answer.kind() == ResolutionKind.NO_CHANGE_NEEDED) {
      return new Resolution.NoChangeNeeded(answer.explanation() == null ? "" : answer.explanation());
    }
    if (answer.fixVersion() == null) {
      throw new RuleViolation("fixVersion", "required", "Name the published version that fixes the report.");
    }
    long articleId = answer.fixArticleId() == null ? report.articleId() : answer.fixArticleId();
    ArticleVersion fix = articles.find(articleId)
        .flatMap(a -> a.version(answer.fixVersion()))
        .filter(v -> DepartmentScope.canSee(actor, v.department(), v.article().audience(), v.state()))
        .orElseThrow(() -> new RuleViolation("fixVersion", "unknown-version",
            "Article " + articleId + " has no version " + answer.fixVersion() + " that you can see."));
    return new Resolution.FixedBy(articleId, fix.number(), fix.liveFrom().orElse(null));
  }

  private InconsistencyReport visibleForUpdate(long id, Actor actor) {
    return reports.findForUpdate(id).filter(r -> ReportAccess.canSee(actor, r)).orElseThrow(() -> new ReportNotFound(id));
  }

  private String title(InconsistencyReport report) {
    return articles.find(report.articleId()).flatMap(a -> a.version(report.versionNumber()))
        .map(ArticleVersion::title).orElse("artikel " + report.articleId());
  }

  /** REPORT_TRIAGED, REPORT_RESOLVED, ...: the past tense of the step, as the article audit names its own. */
  static String auditAction(ReportOutcome outcome) {
    return "REPORT_" + switch (outcome.transition()) {
      case TRIAGE -> "TRIAGED";
      case START -> "STARTED";
      case RESOLVE -> "RESOLVED";
      case REJECT -> "REJECTED";
      case MARK_DUPLICATE -> "MARKED_DUPLICATE";
      case ROUTE -> "ROUTED";
      case REOPEN -> "REOPENED";
    };
  }

  /**
   * Facts only: the article's audit trail is readable by everyone who reads the article, so the
   * reporter's and editors' words stay in the report's own history, which only its people see.
   */
  private static String auditRemark(InconsistencyReport report, String previousDepartment) {
    String facts = switch (report.state()) {
      case TRIAGED -> "assigned to " + report.assignee().orElseThrow();
      case RESOLVED -> report.fixedInVersion().map(v -> "fixed in version " + v).orElse("no change needed");
      case DUPLICATE -> "duplicate of report " + report.duplicateOf().orElseThrow();
      case OPEN -> previousDepartment.equals(report.department())
          ? ""
          : "routed from " + previousDepartment + " to " + report.department();
      case IN_PROGRESS, REJECTED -> "";
    };
    return "report " + report.id() + (facts.isEmpty() ? "" : ": " + facts);
  }

  private ReportWorkflow workflow() {
    return new ReportWorkflow(clock);
  }
}
