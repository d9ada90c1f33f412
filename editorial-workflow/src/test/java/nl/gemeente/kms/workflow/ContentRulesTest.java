package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRulesTest {

    private static final ArticleContent VALID = new ArticleContent(
            "Paspoort aanvragen", "Maak een afspraak en neem een pasfoto mee.", "## Kosten\n\nZie de tarieven.",
            List.of("paspoort", "reisdocument"), List.of(new QuestionAnswer("Hoe lang duurt het?", "Vijf werkdagen.")),
            "Tarieven 2026", ChangeLevel.MINOR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static ArticleContent with(String title, String shortAnswer, String body) {
        return new ArticleContent(title, shortAnswer, body, VALID.keywords(), VALID.questionAnswers(),
                VALID.changeSummary(), VALID.changeLevel(), VALID.validFrom(), VALID.validUntil());
    }

    private static ArticleContent withKeywords(List<String> keywords) {
        return new ArticleContent(VALID.title(), VALID.shortAnswer(), VALID.body(), keywords,
                VALID.questionAnswers(), VALID.changeSummary(), VALID.changeLevel(), null, null);
    }

    private static ArticleContent withQuestions(List<QuestionAnswer> questionAnswers) {
        return new ArticleContent(VALID.title(), VALID.shortAnswer(), VALID.body(), VALID.keywords(),
                questionAnswers, VALID.changeSummary(), VALID.changeLevel(), null, null);
    }

    private static ArticleContent withMeta(String summary, ChangeLevel level, LocalDate from, LocalDate until) {
        return new ArticleContent(VALID.title(), VALID.shortAnswer(), VALID.body(), VALID.keywords(),
                VALID.questionAnswers(), summary, level, from, until);
    }

    private static List<FieldError> errors(ArticleContent content) {
        return ContentRules.validate(content);
    }


    @Test
    void validContentHasNoErrors() {
        assertThat(errors(VALID)).isEmpty();
    }

    @Test
    void titleIsRequiredAndAtMost200Characters() {
        assertThat(fields(with(null, "a", ""))).containsExactly("title:required");
        assertThat(fields(with("  ", "a", ""))).containsExactly("title:required");
        assertThat(fields(with("x".repeat(200), "a", ""))).isEmpty();
        assertThat(fields(with("x".repeat(201), "a", ""))).containsExactly("title:max-length");
    }

    @Test
    void shortAnswerIsRequiredAndAtMost600Characters() {
        assertThat(fields(with("t", "", null))).containsExactly("shortAnswer:required");
        assertThat(fields(with("t", "x".repeat(600), null))).isEmpty();
        assertThat(fields(with("t", "x".repeat(601), null))).containsExactly("shortAnswer:max-length");
    }

    @Test
    void bodyIsOptionalAndAtMost200000Utf16Units() {
        assertThat(fields(with("t", "a", null))).isEmpty();
        assertThat(fields(with("t", "a", "x".repeat(200_000)))).isEmpty();
        assertThat(fields(with("t", "a", "x".repeat(200_001)))).containsExactly("body:max-length");
        // an emoji is two UTF-16 units, so 100 000 of them just fit and one more does not
        assertThat(fields(with("t", "a", "😀".repeat(100_000)))).isEmpty();
        assertThat(fields(with("t", "a", "😀".repeat(100_001)))).containsExactly("body:max-length");
    }

    @Test
    void twoMegabyteBodyIsRejected() {
        assertThat(errors(with("t", "a", "x".repeat(2 * 1024 * 1024))))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("body");
                    assertThat(error.rule()).isEqualTo("max-length");
                    assertThat(error.message()).isNotBlank();
                });
    }

    @Test
    void keywordsAreAtMost30NonBlankItemsOfAtMost60Characters() {
        assertThat(fields(withKeywords(Collections.nCopies(30, "k")))).isEmpty();
        assertThat(fields(withKeywords(Collections.nCopies(31, "k")))).containsExactly("keywords:max-items");
        List<String> keywords = new ArrayList<>(List.of("a", "b", " ", "x".repeat(61), "x".repeat(60)));
        keywords.add(null);
        assertThat(fields(withKeywords(keywords)))
                .containsExactly("keywords[2]:required", "keywords[3]:max-length", "keywords[5]:required");
    }

    @Test
    void questionAnswersAreAtMost50CompletePairs() {
        var pair = new QuestionAnswer("q", "a");
        assertThat(fields(withQuestions(Collections.nCopies(50, pair)))).isEmpty();
        assertThat(fields(withQuestions(Collections.nCopies(51, pair)))).containsExactly("questionAnswers:max-items");
        List<QuestionAnswer> pairs = new ArrayList<>(List.of(
                new QuestionAnswer(null, " "),
                new QuestionAnswer("x".repeat(301), "x".repeat(5_001)),
                new QuestionAnswer("x".repeat(300), "x".repeat(5_000))));
        pairs.add(null);
        assertThat(fields(withQuestions(pairs))).containsExactly(
                "questionAnswers[0].question:required", "questionAnswers[0].answer:required",
                "questionAnswers[1].question:max-length", "questionAnswers[1].answer:max-length",
                "questionAnswers[3]:required");
    }

    @Test
    void changeSummaryIsAtMost500AndChangeLevelRequired() {
        assertThat(fields(withMeta(null, ChangeLevel.MAJOR, null, null))).isEmpty();
        assertThat(fields(withMeta("x".repeat(500), ChangeLevel.MAJOR, null, null))).isEmpty();
        assertThat(fields(withMeta("x".repeat(501), null, null, null)))
                .containsExactly("changeSummary:max-length", "changeLevel:required");
    }

    @Test
    void validUntilMustFollowValidFrom() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        assertThat(fields(withMeta(null, ChangeLevel.MINOR, from, from.plusDays(1)))).isEmpty();
        assertThat(fields(withMeta(null, ChangeLevel.MINOR, from, from)))
                .containsExactly("validUntil:after-valid-from");
        assertThat(fields(withMeta(null, ChangeLevel.MINOR, from, from.minusDays(1))))
                .containsExactly("validUntil:after-valid-from");
        assertThat(fields(withMeta(null, ChangeLevel.MINOR, null, from))).isEmpty();
        assertThat(fields(withMeta(null, ChangeLevel.MINOR, from, null))).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceInFormOrder() {
        var empty = new ArticleContent(null, null, null, null, null, null, null, null, null);
        assertThat(fields(empty)).containsExactly("title:required", "shortAnswer:required", "changeLevel:required");
        assertThat(empty.keywords()).isEmpty();
        assertThat(empty.questionAnswers()).isEmpty();
    }

    private static List<String> fields(ArticleContent content) {
        return errors(content).stream().map(error -> error.field() + ":" + error.rule()).toList();
    }
}
