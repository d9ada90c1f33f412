package nl.gemeente.kms.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.article.application.ArticleQueries;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.diff.VersionDiff;
import nl.gemeente.kms.workflow.report.ReportAccess;
import nl.gemeente.kms.workflow.report.ReportState;
import nl.gemeente.kms.workflow.report.ReportTransition;
import nl.gemeente.kms.workflow.report.ReportWorkflow;

/** Reading reports as this employee may see them: the others simply do not exist for them. */
@ApplicationScoped
@Transactional
public class ReportQueries {

  @Inject ReportRepository reports;
  @Inject ArticleRepository articles;
  @Inject Clock clock;

  public InconsistencyReport report(long id, Actor actor) {
    return reports.find(id).filter(r -> ReportAccess.canSee(actor, r)).orElseThrow(() -> new ReportNotFound(id));
  }

  /**
   * A department's queue, newest first: the reports this employee may see, in the department and
   * state asked for (null: any). Editors see their departments' queues, knowledge managers all.
   */
  public List<InconsistencyReport> queue(String department, ReportState state, int limit, Actor actor) {
    return reports.list(department, state).stream()
        .filter(r -> ReportAccess.canSee(actor, r))
        .limit(limit)
        .toList();
  }

  /** The reports this employee filed, newest first, with their state and outcome. */
  public List<InconsistencyReport> mine(Actor actor) {
    return reports.filedBy(actor.username());
  }

  /**
   * The fixing version against the reported one, for everyone who sees the report: the reporter
   * read the old text when it was live, even if the article API now hides it from agents as history.
   * Empty unless the report is resolved by a fix.
   */
  public Optional<ArticleQueries.VersionComparison> fixDiff(long id, Actor actor) {
    InconsistencyReport report = report(id, actor);
    return report.fixedInVersion().flatMap(fixed -> articles.find(report.articleId()).flatMap(article -> {
      var older = article.version(report.versionNumber());
      var newer = article.version(fixed);
      if (older.isEmpty() || newer.isEmpty()) {
        return Optional.empty();
      }
      ArticleContent from = older.get().content();
      ArticleContent to = newer.get().content();
      return Optional.of(new ArticleQueries.VersionComparison(report.versionNumber(), fixed,
          VersionDiff.changedFields(from, to), VersionDiff.diff(from.body(), to.body())));
    }));
  }

  /** The "hints": which steps this employee may take on the report now. */
  public Set<ReportTransition> allowedTransitions(InconsistencyReport report, Actor actor) {
    return new ReportWorkflow(clock).allowedTransitions(report, actor);
  }
}
