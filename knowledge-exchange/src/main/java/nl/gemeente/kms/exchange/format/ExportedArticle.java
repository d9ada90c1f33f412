package nl.gemeente.kms.exchange.format;

import java.time.Instant;
import java.util.List;
import nl.gemeente.kms.workflow.ArticleContent;

/**
 * One article as the JSON Lines export writes it: the importable record (the published version's
 * content, or the latest version's when nothing is published) and its history. An import reads only
 * the record; versions and audit are for archives and audits.
 *
 * @param state the workflow state of the version whose content {@code current} carries
 * @param audit null when the export was asked without the audit trail
 */
public record ExportedArticle(ArticleRecord current, String state, List<Version> versions, List<AuditLine> audit) {

  public ExportedArticle {
    versions = versions == null ? List.of() : List.copyOf(versions);
    audit = audit == null ? null : List.copyOf(audit);
  }

  /** One version with its place in the workflow. */
  public record Version(
      int number, String state, String author, String reviewer, String reviewComment, Instant createdAt,
      Instant updatedAt, Instant liveFrom, Instant liveUntil, ArticleContent content) {}

  /** One line of the audit trail. */
  public record AuditLine(
      Instant occurredAt, String actor, String action, Integer version, String fromState, String toState, String remark) {}
}
