package nl.gemeente.kms.report.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.gemeente.kms.report.application.ReportFiling.NewReport;
import nl.gemeente.kms.workflow.report.Quote;
import nl.gemeente.kms.workflow.report.ReportCategory;
import nl.gemeente.kms.workflow.report.ResolutionKind;

/**
 * Request bodies of the report API. Only the shape is checked here; what makes a report fileable
 * (the version, the quote, the description) is the domain's {@code ReportFilingRules}.
 */
public final class ReportRequests {

  private ReportRequests() {}

  /** The selected passage: offsets into the version's body, end exclusive, as a browser selection gives them. */
  public record QuoteRequest(@NotNull String text, @NotNull Integer start, @NotNull Integer end) {}

  public record FileReportRequest(
      Long articleId,
      Integer versionNumber,
      ReportCategory category,
      Long relatedArticleId,
      @Valid QuoteRequest quote,
      String description) {

    NewReport toNewReport() {
      Quote q = quote == null ? null : new Quote(quote.text(), quote.start(), quote.end());
      return new NewReport(articleId, versionNumber, category, relatedArticleId, q, description);
    }
  }

  public record TriageRequest(@NotBlank String assignee, @Size(max = 2000) String comment) {}

  /** For steps that take only a comment: the reason of a rejection, the reporter's reason to reopen. */
  public record CommentRequest(@Size(max = 2000) String comment) {}

  /**
   * FIXED names the published version that fixed the report ({@code fixArticleId} defaults to the
   * reported article); NO_CHANGE_NEEDED explains why the text stands.
   */
  public record ResolveRequest(
      @NotNull ResolutionKind resolution,
      Long fixArticleId,
      Integer fixVersion,
      @Size(max = 2000) String explanation) {}

  public record DuplicateRequest(@NotNull Long originalReportId) {}

  public record RouteRequest(@NotBlank String department, @Size(max = 2000) String comment) {}
}
