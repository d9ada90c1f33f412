package nl.gemeente.kms.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.audit.application.AuditTrail;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.audit.AuditEntry;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.DepartmentScope;
import nl.gemeente.kms.workflow.FieldError;
import nl.gemeente.kms.workflow.report.Quote;
import nl.gemeente.kms.workflow.report.ReportCategory;
import nl.gemeente.kms.workflow.report.ReportFilingRules;
import nl.gemeente.kms.workflow.report.ReportFilingRules.Filing;

/**
 * Any employee files a report on a version they can read. It lands in the queue of the department
 * that owns the article. Versions the employee cannot see are answered as unknown, like missing ones.
 */
@ApplicationScoped
public class ReportFiling {

  @Inject ReportRepository reports;
  @Inject ArticleRepository articles;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<ReportEvent> events;

  /** What the reporter sends; {@code quote} is null when the report is about the whole version. */
  public record NewReport(Long articleId, Integer versionNumber, ReportCategory category, Long relatedArticleId,
      Quote quote, String description) {}

  /** The stored report and what looked like citizen data in it (accepted, but worth a second look). */
  public record Filed(InconsistencyReport report, List<ReportPrivacy.Warning> warnings) {}

  @Transactional
  public Filed file(NewReport request, Actor actor) {
    ArticleVersion version = reportedVersion(request, actor);
    Filing filing = new Filing(request.category(), request.relatedArticleId(), request.quote(), request.description());
    List<FieldError> errors = new ArrayList<>(
        ReportFilingRules.validate(filing, version.article().id(), version.state(), version.content().body()));
    if (request.relatedArticleId() != null && visibleArticle(request.relatedArticleId(), actor).isEmpty()) {
      errors.add(new FieldError("relatedArticleId", "unknown-article", "There is no such article that you can read."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidReport(errors);
    }
    String quoted = request.quote() == null ? null : request.quote().text();
    ReportPrivacy.refuseBsn("description", request.description());
    ReportPrivacy.refuseBsn("quote", quoted);
    List<ReportPrivacy.Warning> warnings = new ArrayList<>(ReportPrivacy.warnings("description", request.description()));
    warnings.addAll(ReportPrivacy.warnings("quote", quoted));

    Article article = version.article();
    var reported = new InconsistencyReport.ReportedVersion(article.id(), version.number(), version.author(), article.department());
    InconsistencyReport report = new InconsistencyReport(reported, filing, actor.username(), clock.instant());
    reports.add(report);
    reports.flush();
    audit.record(new AuditEntry(report.filedAt(), actor.username(), "REPORT_FILED", article.id(), version.number(),
        null, report.state().name(), "report " + report.id() + ": " + report.category()));
    events.fire(ReportEvents.filed(report, version.title()));
    return new Filed(report, List.copyOf(warnings));
  }

  private ArticleVersion reportedVersion(NewReport request, Actor actor) {
    if (request.articleId() == null || request.versionNumber() == null) {
      throw invalid(request.articleId() == null ? "articleId" : "versionNumber", "required",
          "Name the article and the version you report.");
    }
    Article article = visibleArticle(request.articleId(), actor)
        .orElseThrow(() -> invalid("articleId", "unknown-article", "There is no such article that you can read."));
    return article.version(request.versionNumber())
        .filter(v -> DepartmentScope.canSee(actor, article.department(), article.audience(), v.state()))
        .orElseThrow(() -> invalid("versionNumber", "unknown-version",
            "Article " + article.id() + " has no version " + request.versionNumber() + " that you can read."));
  }

  private static InvalidReport invalid(String field, String rule, String message) {
    return new InvalidReport(List.of(new FieldError(field, rule, message)));
  }

  private Optional<Article> visibleArticle(long id, Actor actor) {
    return articles.find(id).filter(a -> a.versions().stream()
        .anyMatch(v -> DepartmentScope.canSee(actor, a.department(), a.audience(), v.state())));
  }
}
