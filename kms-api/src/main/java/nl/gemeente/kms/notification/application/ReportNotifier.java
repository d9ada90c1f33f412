package nl.gemeente.kms.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.gemeente.kms.report.application.ReportEvent;
import nl.gemeente.kms.report.application.ReportFiled;
import nl.gemeente.kms.report.application.ReportRouted;
import nl.gemeente.kms.schema.notification.Notification;
import nl.gemeente.kms.schema.notification.NotificationContent;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.Role;

/**
 * Closes the loop of inconsistency reports: a new or re-routed report reaches the editors of the
 * department (and the author of the reported version); every later step reaches the reporter and
 * the assignee. Written in the step's transaction, like the article notifications.
 */
@ApplicationScoped
public class ReportNotifier {

  @Inject NotificationStore store;
  @Inject RecipientDirectory directory;

  void onReportEvent(@Observes(during = TransactionPhase.IN_PROGRESS) ReportEvent event) {
    Set<String> recipients = new LinkedHashSet<>();
    switch (event) {
      case ReportFiled filed -> {
        recipients.addAll(editorsOf(filed.department()));
        if (filed.versionAuthor() != null) {
          recipients.add(filed.versionAuthor());
        }
      }
      case ReportRouted routed -> recipients.addAll(editorsOf(routed.department()));
      default -> {
        recipients.add(event.reporter());
        if (event.assignee() != null) {
          recipients.add(event.assignee());
        }
      }
    }
    recipients.remove(event.actor()); // nobody needs to be told what they just did themselves
    if (recipients.isEmpty()) {
      return;
    }
    NotificationContent content = new NotificationContent(NotificationType.REPORT, headline(event), event.text(),
        event.link(), event.articleId(), event.versionNumber(), null, null);
    LocalDate day = event.at().atZone(EditorialWorkflow.ZONE).toLocalDate();
    store.add(recipients.stream().map(r -> new Notification(r, content, event.at(), day)).toList());
  }

  private Set<String> editorsOf(String department) {
    Set<String> editors = new LinkedHashSet<>();
    directory.activeMembers().stream()
        .filter(m -> m.roles().contains(Role.EDITOR) && m.departments().contains(department))
        .forEach(m -> editors.add(m.username()));
    return editors;
  }

  private static String headline(ReportEvent event) {
    String title = event.articleTitle();
    return switch (event) {
      case ReportFiled f -> "Nieuwe melding over \"" + title + "\"";
      case ReportRouted r -> "Melding doorgestuurd: \"" + title + "\"";
      default -> "Uw melding over \"" + title + "\" is bijgewerkt";
    };
  }
}
