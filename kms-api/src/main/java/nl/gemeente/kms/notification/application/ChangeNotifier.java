package nl.gemeente.kms.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.notification.application.NotificationTexts.ArticleFacts;
import nl.gemeente.kms.notification.application.RecipientRules.Change;
import nl.gemeente.kms.notification.application.RecipientRules.Follow;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.notification.Notification;
import nl.gemeente.kms.schema.notification.NotificationContent;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.VersionState;
import nl.gemeente.kms.workflow.event.ArticleEvent;
import nl.gemeente.kms.workflow.event.ChangesRequested;
import nl.gemeente.kms.workflow.event.VersionApproved;
import nl.gemeente.kms.workflow.event.VersionArchived;
import nl.gemeente.kms.workflow.event.VersionExpired;
import nl.gemeente.kms.workflow.event.VersionPublished;
import nl.gemeente.kms.workflow.event.VersionScheduled;
import nl.gemeente.kms.workflow.event.VersionSubmitted;
import nl.gemeente.kms.workflow.event.VersionSuperseded;
import nl.gemeente.kms.workflow.event.VersionUnscheduled;

/**
 * Turns editorial steps into inbox notifications for the right people. It runs inside the
 * transaction of the step (a transactional outbox, ADR 0004): the notifications exist exactly when
 * the change was committed, and the read-confirmation statistics can count on them.
 */
@ApplicationScoped
public class ChangeNotifier {

  @Inject ArticleRepository articles;
  @Inject SubscriptionStore subscriptions;
  @Inject RecipientDirectory directory;
  @Inject NotificationStore store;

  void onArticleEvent(@Observes(during = TransactionPhase.IN_PROGRESS) ArticleEvent event) {
    switch (event) {
      case VersionPublished e ->
          notify(e, NotificationType.PUBLISHED, e.changeLevel(), (a, v) -> NotificationTexts.published(a, e));
      case VersionScheduled e -> notify(e, NotificationType.SCHEDULED, null, (a, v) -> NotificationTexts.scheduled(
          a, e, v.content().changeLevel(), v.content().changeSummary()));
      case VersionArchived e -> {
        if (e.from() == VersionState.SCHEDULED) {
          scheduleCancelled(e, e.reason());
        } else {
          withdrawn(e, e.reason());
        }
      }
      case VersionUnscheduled e -> scheduleCancelled(e, null);
      case VersionExpired e -> withdrawn(e, "de geldigheid is verlopen");
      case VersionSubmitted e -> notify(e, NotificationType.REVIEW_REQUESTED, null, (a, v) -> NotificationTexts.reviewRequested(a, e));
      // the author sees these in the article itself; the superseded version's news is the publication
      case ChangesRequested e -> {}
      case VersionApproved e -> {}
      case VersionSuperseded e -> {}
    }
  }

  /** Those told that a change was coming hear that it is not; the plan's level decides who that is. */
  private void scheduleCancelled(ArticleEvent e, String reason) {
    notify(e, NotificationType.SCHEDULE_CANCELLED, null, (a, v) -> NotificationTexts.scheduleCancelled(
        a, e.versionNumber(), v.content().validFrom(), v.content().changeLevel(), reason));
  }

  /** Only a text that agents could read is news when it goes; an abandoned draft is not. */
  private void withdrawn(ArticleEvent e, String reason) {
    ArticleVersion version = version(e);
    if (version.liveFrom().isPresent()) {
      notify(e, NotificationType.ARCHIVED, null, (a, v) -> NotificationTexts.withdrawn(a, e.versionNumber(), reason));
    }
  }

  private void notify(ArticleEvent e, NotificationType type, ChangeLevel level, Text text) {
    ArticleVersion version = version(e);
    Article article = version.article();
    ChangeLevel effective = level != null ? level : version.content().changeLevel();
    Change change = new Change(type, article.id(), article.department(), article.topics(), effective, e.actor());
    var follows = subscriptions.following(article.id(), article.department(), article.topics()).stream()
        .map(s -> new Follow(s.username(), s.kind(), s.target()))
        .toList();
    var recipients = RecipientRules.recipients(change, directory.activeMembers(), follows);
    if (recipients.isEmpty()) {
      return;
    }
    NotificationContent content = text.apply(new ArticleFacts(article.id(), version.title()), version);
    LocalDate day = e.at().atZone(EditorialWorkflow.ZONE).toLocalDate();
    store.add(recipients.stream().map(r -> new Notification(r, content, e.at(), day)).toList());
  }

  private ArticleVersion version(ArticleEvent e) {
    return articles.find(e.articleId())
        .flatMap(a -> a.version(e.versionNumber()))
        .orElseThrow(() -> new IllegalStateException("event for unknown version " + e.articleId() + "/" + e.versionNumber()));
  }

  @FunctionalInterface
  private interface Text {
    NotificationContent apply(ArticleFacts article, ArticleVersion version);
  }
}
