package nl.gemeente.kms.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import nl.gemeente.kms.article.application.ArticleService;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.Transition;
import nl.gemeente.kms.workflow.VersionState;

/**
 * Takes a new draft to the state an import asks for by the ordinary transitions, each checked by
 * the workflow: the author submits, the reviewer approves and publishes (or schedules, when the
 * version is valid only from a later day). Archiving goes through publication first, so that an
 * archived article has the history of having been live.
 */
@ApplicationScoped
public class WorkflowSteps {

  static final String ARCHIVE_REASON = "Vervallen; zo aangeleverd bij de import";

  @Inject ArticleService service;
  @Inject Clock clock;

  public void advance(Article article, int number, VersionState target, Actor author, Actor reviewer, String remark) {
    long id = article.id();
    switch (target) {
      case DRAFT -> { }
      case IN_REVIEW -> submit(id, number, author);
      case APPROVED -> approve(id, number, author, reviewer, remark);
      case SCHEDULED -> {
        approve(id, number, author, reviewer, remark);
        service.transition(id, number, Transition.SCHEDULE, null, null, reviewer);
      }
      case PUBLISHED -> publishOrSchedule(article, number, author, reviewer, remark);
      case ARCHIVED -> {
        publishOrSchedule(article, number, author, reviewer, remark);
        service.transition(id, number, Transition.ARCHIVE, ARCHIVE_REASON, null, author);
      }
      case SUPERSEDED -> throw new IllegalArgumentException("an import cannot create a superseded version");
    }
  }

  private void publishOrSchedule(Article article, int number, Actor author, Actor reviewer, String remark) {
    approve(article.id(), number, author, reviewer, remark);
    LocalDate today = new EditorialWorkflow(clock).today();
    boolean later = article.version(number).orElseThrow().validFrom().map(from -> from.isAfter(today)).orElse(false);
    service.transition(article.id(), number, later ? Transition.SCHEDULE : Transition.PUBLISH, null, null, reviewer);
  }

  private void approve(long id, int number, Actor author, Actor reviewer, String remark) {
    submit(id, number, author);
    service.transition(id, number, Transition.APPROVE, remark, null, reviewer);
  }

  private void submit(long id, int number, Actor author) {
    service.transition(id, number, Transition.SUBMIT, null, null, author);
  }
}
