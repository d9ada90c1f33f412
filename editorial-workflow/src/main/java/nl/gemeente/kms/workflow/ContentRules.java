package nl.gemeente.kms.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules a version's content must satisfy before it is saved. Lengths are counted in UTF-16
 * code units, as the database and the browser do. Field names in the errors are the JSON names the
 * editor form uses, with indexes for list items.
 */
public final class ContentRules {

    public static final int TITLE_MAX = 200;
    public static final int SHORT_ANSWER_MAX = 600;
    public static final int BODY_MAX = 200_000;
    public static final int KEYWORDS_MAX = 30;
    public static final int KEYWORD_MAX = 60;
    public static final int QUESTION_ANSWERS_MAX = 50;
    public static final int QUESTION_MAX = 300;
    public static final int ANSWER_MAX = 5_000;
    public static final int CHANGE_SUMMARY_MAX = 500;

    private ContentRules() {
    }

    /** Every broken rule, in field order; empty when the content is valid. */
    public static List<FieldError> validate(ArticleContent content) {
        Objects.requireNonNull(content, "content");
        List<FieldError> errors = new ArrayList<>();
        required(errors, "title", content.title(), TITLE_MAX);
        required(errors, "shortAnswer", content.shortAnswer(), SHORT_ANSWER_MAX);
        maxLength(errors, "body", content.body(), BODY_MAX);
        keywords(errors, content.keywords());
        questionAnswers(errors, content.questionAnswers());
        maxLength(errors, "changeSummary", content.changeSummary(), CHANGE_SUMMARY_MAX);
        if (content.changeLevel() == null) {
            errors.add(new FieldError("changeLevel", "required", "change level is required"));
        }
        if (content.validFrom() != null && content.validUntil() != null
                && !content.validUntil().isAfter(content.validFrom())) {
            errors.add(new FieldError("validUntil", "after-valid-from", "valid-until must be after valid-from"));
        }
        return List.copyOf(errors);
    }

    private static void keywords(List<FieldError> errors, List<String> keywords) {
        maxItems(errors, "keywords", keywords, KEYWORDS_MAX);
        for (int i = 0; i < keywords.size(); i++) {
            required(errors, "keywords[" + i + "]", keywords.get(i), KEYWORD_MAX);
        }
    }

    private static void questionAnswers(List<FieldError> errors, List<QuestionAnswer> questionAnswers) {
        maxItems(errors, "questionAnswers", questionAnswers, QUESTION_ANSWERS_MAX);
        for (int i = 0; i < questionAnswers.size(); i++) {
            String prefix = "questionAnswers[" + i + "]";
            QuestionAnswer qa = questionAnswers.get(i);
            if (qa == null) {
                errors.add(new FieldError(prefix, "required", "question and answer are required"));
                continue;
            }
            required(errors, prefix + ".question", qa.question(), QUESTION_MAX);
            required(errors, prefix + ".answer", qa.answer(), ANSWER_MAX);
        }
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
        } else {
            maxLength(errors, field, value, max);
        }
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "max-length", field + " must be at most " + max + " characters"));
        }
    }

    private static void maxItems(List<FieldError> errors, String field, List<?> items, int max) {
        if (items.size() > max) {
            errors.add(new FieldError(field, "max-items", field + " may hold at most " + max + " items"));
        }
    }
}
