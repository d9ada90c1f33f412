package nl.gemeente.kms.workflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.gemeente.kms.workflow.FieldError;
import nl.gemeente.kms.workflow.VersionState;

/**
 * What makes a report fileable. Reports are about the text agents work with, so only a published or
 * scheduled version can be reported; a quoted passage must be exactly the text at its offsets in
 * that version, so the department finds what the reporter meant even after later edits.
 */
public final class ReportFilingRules {

    public static final int DESCRIPTION_MAX = 5_000;
    public static final int QUOTE_MAX = 5_000;

    private ReportFilingRules() {
    }

    /**
     * What the reporter supplies about the version.
     *
     * @param relatedArticleId the contradicting article, for {@link ReportCategory#CONTRADICTS_ARTICLE}
     * @param quote            the passage, or null when the report is about the whole version
     */
    public record Filing(ReportCategory category, Long relatedArticleId, Quote quote, String description) {}

    /**
     * Every broken rule, in field order; empty when the report may be filed. Whether the related
     * article exists is for the caller to check, who can look it up.
     */
    public static List<FieldError> validate(Filing filing, long articleId, VersionState versionState, String body) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(versionState, "versionState");
        List<FieldError> errors = new ArrayList<>();
        switch (versionState) {
            case PUBLISHED, SCHEDULED -> { }
            case ARCHIVED -> errors.add(new FieldError("versionNumber", "archived",
                    "This version was withdrawn; report the text that is live now."));
            case DRAFT, IN_REVIEW, APPROVED, SUPERSEDED -> errors.add(new FieldError("versionNumber", "not-live",
                    "Only a published or scheduled version can be reported; editors discuss drafts in review."));
        }
        if (filing.category() == null) {
            errors.add(new FieldError("category", "required", "Choose what is wrong with the text."));
        } else if (filing.category().needsRelatedArticle() && filing.relatedArticleId() == null) {
            errors.add(new FieldError("relatedArticleId", "required", "Name the article this one contradicts."));
        }
        if (filing.relatedArticleId() != null && filing.relatedArticleId() == articleId) {
            errors.add(new FieldError("relatedArticleId", "other-article", "An article cannot contradict itself."));
        }
        String description = filing.description();
        if (description == null || description.isBlank()) {
            errors.add(new FieldError("description", "required", "Describe what is wrong."));
        } else if (description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "max-length",
                    "At most " + DESCRIPTION_MAX + " characters; the report is about a text, not a case file."));
        }
        Quote quote = filing.quote();
        if (quote != null && quote.text().length() > QUOTE_MAX) {
            errors.add(new FieldError("quote", "max-length", "Quote at most " + QUOTE_MAX + " characters."));
        } else if (quote != null && !quote.isIn(body)) {
            errors.add(new FieldError("quote", "not-in-version",
                    "The quoted text is not at offsets " + quote.start() + "-" + quote.end() + " of this version."));
        }
        return List.copyOf(errors);
    }
}
