package nl.gemeente.kms.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The editable content of one version of a knowledge article.
 *
 * <p>The short answer is what an agent reads out first; the Markdown body holds the details.
 * Validity runs from {@code validFrom} (empty: immediately) up to {@code validUntil} (empty:
 * indefinitely). The change summary and level describe how this version differs from the previous
 * one. The record accepts incomplete input (nulls, blank strings) so that {@link ContentRules} can
 * report every problem at once; the lists are copied and never null.
 */
public record ArticleContent(String title,
                             String shortAnswer,
                             String body,
                             List<String> keywords,
                             List<QuestionAnswer> questionAnswers,
                             String changeSummary,
                             ChangeLevel changeLevel,
                             LocalDate validFrom,
                             LocalDate validUntil) {

    public ArticleContent {
        keywords = copy(keywords);
        questionAnswers = copy(questionAnswers);
    }

    // List.copyOf would reject null elements, which are input errors to report, not to crash on.
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
