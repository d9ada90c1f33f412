package nl.gemeente.kms.article.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.QuestionAnswer;

/** Request bodies of the article API. Field rules beyond shape live in the workflow's ContentRules. */
public final class ArticleRequests {

  private ArticleRequests() {}

  public record QuestionAnswerRequest(String question, String answer) {}

  public record ContentRequest(
      String title,
      String shortAnswer,
      String body,
      List<String> keywords,
      List<QuestionAnswerRequest> questionAnswers,
      String changeSummary,
      ChangeLevel changeLevel,
      LocalDate validFrom,
      LocalDate validUntil) {

    ArticleContent toContent() {
      return new ArticleContent(
          title,
          shortAnswer,
          body == null ? "" : body,
          keywords == null ? List.of() : keywords,
          questionAnswers == null
              ? List.of()
              : questionAnswers.stream().map(q -> new QuestionAnswer(q.question(), q.answer())).toList(),
          changeSummary,
          changeLevel == null ? ChangeLevel.MINOR : changeLevel,
          validFrom,
          validUntil);
    }
  }

  public record CreateArticleRequest(
      @Size(max = 160) String slug,
      @NotBlank String department,
      String audience,
      @Size(max = 20) Set<@Size(max = 80) String> topics,
      @NotNull @Valid ContentRequest content) {}

  public record TransitionRequest(@NotNull Transition transition, @Size(max = 2000) String comment) {}

  /** A transition by name; an unknown name is a 400 from JSON binding. */
  public enum Transition {
    SUBMIT, REQUEST_CHANGES, APPROVE, PUBLISH, SCHEDULE, UNSCHEDULE, ARCHIVE;

    nl.gemeente.kms.workflow.Transition toWorkflow() {
      return nl.gemeente.kms.workflow.Transition.valueOf(name());
    }
  }

  public record NewDraftRequest(Integer restoreFrom) {}

  public record ReviewConfirmationRequest(@Size(max = 2000) String remark) {}
}
