package nl.gemeente.kms.report.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.report.application.ReportEvents;
import nl.gemeente.kms.report.application.ReportQueries;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.HistoryView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.OutcomeView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.QuoteView;
import nl.gemeente.kms.report.interfaces.rest.ReportViews.ReportView;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.Actor;

/** Builds report views with the "hints": which steps this employee may take now. */
@ApplicationScoped
// the history and the article's versions load lazily: read them in one transaction
@Transactional
class ReportViewAssembler {

  @Inject ReportQueries queries;
  @Inject ArticleRepository articles;

  ReportView summary(InconsistencyReport r, Actor actor) {
    return view(r, actor, null);
  }

  ReportView detail(InconsistencyReport r, Actor actor) {
    List<HistoryView> history = r.history().stream()
        .map(h -> new HistoryView(h.occurredAt(), h.actor(), h.action(), h.fromState().map(Enum::name).orElse(null),
            h.toState().name(), h.note().orElse(null)))
        .toList();
    return view(r, actor, history);
  }

  private ReportView view(InconsistencyReport r, Actor actor, List<HistoryView> history) {
    String title = articles.find(r.articleId()).flatMap(a -> a.version(r.versionNumber()))
        .map(ArticleVersion::title).orElse(null);
    QuoteView quote = r.quote().map(q -> new QuoteView(q.text(), q.start(), q.end())).orElse(null);
    List<String> allowed = queries.allowedTransitions(r, actor).stream().map(Enum::name).sorted().toList();
    return new ReportView(r.id(), r.articleId(), r.versionNumber(), title, r.category().name(),
        r.relatedArticleId().orElse(null), quote, r.description(), r.reporter(), r.department(),
        r.assignee().orElse(null), r.state().name(), r.filedAt(), r.updatedAt(), r.closedAt().orElse(null),
        r.reopenCount(), outcome(r), allowed, history, "/api/reports/" + r.id());
  }

  /** What the reporter got as an answer; null while the report is open. */
  private static OutcomeView outcome(InconsistencyReport r) {
    return switch (r.state()) {
      case OPEN, TRIAGED, IN_PROGRESS -> null;
      case RESOLVED -> {
        Integer fixedIn = r.fixedInVersion().orElse(null);
        String diff = fixedIn == null ? null : ReportEvents.diffLink(r.articleId(), r.versionNumber(), fixedIn);
        String reportDiff = fixedIn == null ? null : ReportEvents.reportDiffLink(r.id());
        yield new OutcomeView(r.resolution().orElseThrow().name(), fixedIn, diff, reportDiff,
            r.outcomeNote().orElse(null), null);
      }
      case REJECTED -> new OutcomeView("REJECTED", null, null, null, r.outcomeNote().orElse(null), null);
      case DUPLICATE -> new OutcomeView("DUPLICATE", null, null, null, null, r.duplicateOf().orElseThrow());
    };
  }
}
