package nl.gemeente.kms.article.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.audit.AuditEntry;
import nl.gemeente.kms.workflow.QuestionAnswer;
import nl.gemeente.kms.workflow.Transition;

/** The JSON shapes of the article API. */
public final class ArticleViews {

  private ArticleViews() {}

  /** An article with the versions this employee may see and what they may do with each. */
  public record ArticleView(
      long id,
      String slug,
      String department,
      String audience,
      List<String> topics,
      String externalId,
      String sourceUrl,
      LocalDate lastReviewed,
      Integer publishedVersion,
      Integer scheduledVersion,
      List<VersionSummary> versions) {}

  public record VersionSummary(
      int number,
      String state,
      String title,
      String changeLevel,
      String changeSummary,
      LocalDate validFrom,
      String author,
      Instant updatedAt,
      List<String> allowedTransitions) {}

  public record VersionView(
      long articleId,
      int number,
      String state,
      String title,
      String shortAnswer,
      String body,
      String bodyHtml,
      List<String> keywords,
      List<QuestionAnswer> questionAnswers,
      String changeSummary,
      String changeLevel,
      LocalDate validFrom,
      LocalDate validUntil,
      String author,
      String reviewer,
      String reviewComment,
      Instant createdAt,
      Instant updatedAt,
      Instant liveFrom,
      Instant liveUntil,
      long lockVersion,
      List<String> allowedTransitions) {}

  public record AuditView(Instant at, String actor, String action, Integer version, String fromState, String toState, String remark) {
    static AuditView of(AuditEntry e) {
      return new AuditView(e.occurredAt(), e.actor(), e.action(), e.versionNumber(), e.fromState(), e.toState(), e.remark());
    }
  }

  static List<String> names(Set<Transition> transitions) {
    return transitions.stream().map(Enum::name).sorted().toList();
  }

  static String etag(ArticleVersion v) {
    return "\"" + v.id() + "-" + v.lockVersion() + "\"";
  }

  static Integer numberInState(Article a, nl.gemeente.kms.workflow.VersionState state) {
    return a.versionInState(state).map(ArticleVersion::number).orElse(null);
  }
}
