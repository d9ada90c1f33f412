package nl.gemeente.kms.article.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.gemeente.kms.article.application.ArticleQueries;
import nl.gemeente.kms.article.application.MarkdownRenderer;
import nl.gemeente.kms.article.interfaces.rest.ArticleViews.ArticleView;
import nl.gemeente.kms.article.interfaces.rest.ArticleViews.VersionSummary;
import nl.gemeente.kms.article.interfaces.rest.ArticleViews.VersionView;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.VersionState;

/** Builds views, including the "hints": which transitions this employee may take now. */
@ApplicationScoped
class ArticleViewAssembler {

  @Inject ArticleQueries queries;
  @Inject MarkdownRenderer markdown;
  @Inject Clock clock;

  ArticleView article(Article a, Actor actor) {
    EditorialWorkflow workflow = new EditorialWorkflow(clock);
    var versions =
        queries.visibleVersions(a, actor).stream()
            .map(v -> new VersionSummary(v.number(), v.state().name(), v.title(), v.content().changeLevel().name(),
                v.content().changeSummary(), v.validFrom().orElse(null), v.author(), v.updatedAt(),
                ArticleViews.names(workflow.allowedTransitions(v, actor))))
            .toList();
    return new ArticleView(a.id(), a.slug(), a.department(), a.audience().name(), a.topics().stream().sorted().toList(),
        a.externalId().orElse(null), a.sourceUrl().orElse(null), a.lastReviewed().orElse(null),
        ArticleViews.numberInState(a, VersionState.PUBLISHED), ArticleViews.numberInState(a, VersionState.SCHEDULED),
        versions);
  }

  VersionView version(ArticleVersion v, Actor actor) {
    var c = v.content();
    return new VersionView(v.article().id(), v.number(), v.state().name(), c.title(), c.shortAnswer(), c.body(),
        markdown.toSafeHtml(c.body()), c.keywords(), c.questionAnswers(), c.changeSummary(), c.changeLevel().name(),
        c.validFrom(), c.validUntil(), v.author(), v.reviewer().orElse(null), v.reviewComment().orElse(null),
        v.createdAt(), v.updatedAt(), v.liveFrom().orElse(null), v.liveUntil().orElse(null), v.lockVersion(),
        ArticleViews.names(new EditorialWorkflow(clock).allowedTransitions(v, actor)));
  }
}
