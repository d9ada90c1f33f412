package nl.gemeente.kms.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gemeente.kms.workflow.FieldError;
import nl.gemeente.kms.workflow.VersionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportFilingRulesTest {

    private static final String BODY = "Een paspoort kost € 87,45. Het is na 5 werkdagen op te halen.";
    private static final ReportFilingRules.Filing VALID = new ReportFilingRules.Filing(
            ReportCategory.OUTDATED, null, new Quote("€ 87,45", 18, 25), "Het tarief is per 1 januari verhoogd.");

    @ParameterizedTest
    @EnumSource(value = VersionState.class, names = {"PUBLISHED", "SCHEDULED"})
    void aPublishedOrScheduledVersionWithAnExactQuoteMayBeReported(VersionState state) {
        assertThat(ReportFilingRules.validate(VALID, 10, state, BODY)).isEmpty();
        var withoutQuote = new ReportFilingRules.Filing(ReportCategory.UNCLEAR, null, null, "Onduidelijk.");
        assertThat(ReportFilingRules.validate(withoutQuote, 10, state, BODY)).isEmpty();
    }

    @Test
    void anArchivedVersionIsRefusedAndOtherUnpublishedOnesAreNotLive() {
        assertThat(rules(ReportFilingRules.validate(VALID, 10, VersionState.ARCHIVED, BODY))).containsExactly("versionNumber:archived");
        for (VersionState state : List.of(VersionState.DRAFT, VersionState.IN_REVIEW, VersionState.APPROVED, VersionState.SUPERSEDED)) {
            assertThat(rules(ReportFilingRules.validate(VALID, 10, state, BODY))).containsExactly("versionNumber:not-live");
        }
    }

    @Test
    void theQuoteMustBeTheTextAtItsOffsets() {
        for (Quote wrong : List.of(new Quote("€ 87,45", 17, 24), new Quote("€ 99,00", 18, 25),
                new Quote("", 3, 3), new Quote("halen.", 55, 999), new Quote("Een", -1, 2))) {
            var filing = new ReportFilingRules.Filing(ReportCategory.INCORRECT, null, wrong, "Klopt niet.");
            assertThat(rules(ReportFilingRules.validate(filing, 10, VersionState.PUBLISHED, BODY)))
                    .as(wrong.toString()).containsExactly("quote:not-in-version");
        }
        var tooLong = new ReportFilingRules.Filing(ReportCategory.INCORRECT, null, new Quote("x".repeat(5001), 0, 5001), "Lang.");
        assertThat(rules(ReportFilingRules.validate(tooLong, 10, VersionState.PUBLISHED, BODY))).containsExactly("quote:max-length");
    }

    @Test
    void theDescriptionIsRequiredAndAtMostFiveThousandCharacters() {
        for (String missing : new String[] {null, "", "   "}) {
            var filing = new ReportFilingRules.Filing(ReportCategory.UNCLEAR, null, null, missing);
            assertThat(rules(ReportFilingRules.validate(filing, 10, VersionState.PUBLISHED, BODY))).containsExactly("description:required");
        }
        var atLimit = new ReportFilingRules.Filing(ReportCategory.UNCLEAR, null, null, "x".repeat(5000));
        assertThat(ReportFilingRules.validate(atLimit, 10, VersionState.PUBLISHED, BODY)).isEmpty();
        var hundredKilobytes = new ReportFilingRules.Filing(ReportCategory.UNCLEAR, null, null, "x".repeat(100_000));
        assertThat(rules(ReportFilingRules.validate(hundredKilobytes, 10, VersionState.PUBLISHED, BODY)))
                .containsExactly("description:max-length");
    }

    @Test
    void aContradictionNamesAnotherArticle() {
        var withoutOther = new ReportFilingRules.Filing(ReportCategory.CONTRADICTS_ARTICLE, null, null, "Tegenstrijdig.");
        assertThat(rules(ReportFilingRules.validate(withoutOther, 10, VersionState.PUBLISHED, BODY)))
                .containsExactly("relatedArticleId:required");
        var itself = new ReportFilingRules.Filing(ReportCategory.CONTRADICTS_ARTICLE, 10L, null, "Tegenstrijdig.");
        assertThat(rules(ReportFilingRules.validate(itself, 10, VersionState.PUBLISHED, BODY)))
                .containsExactly("relatedArticleId:other-article");
        var other = new ReportFilingRules.Filing(ReportCategory.CONTRADICTS_ARTICLE, 12L, null, "Tegenstrijdig.");
        assertThat(ReportFilingRules.validate(other, 10, VersionState.PUBLISHED, BODY)).isEmpty();
        var noCategory = new ReportFilingRules.Filing(null, null, null, "Iets.");
        assertThat(rules(ReportFilingRules.validate(noCategory, 10, VersionState.PUBLISHED, BODY))).containsExactly("category:required");
    }

    private static List<String> rules(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.rule()).toList();
    }
}
