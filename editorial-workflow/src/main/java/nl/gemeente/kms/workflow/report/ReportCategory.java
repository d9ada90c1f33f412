package nl.gemeente.kms.workflow.report;

/** What is wrong with the reported text, in the reporter's judgement. */
public enum ReportCategory {
    INCORRECT,
    OUTDATED,
    CONTRADICTS_SOURCE,
    /** The text says something else than another article; the report names that article. */
    CONTRADICTS_ARTICLE,
    UNCLEAR,
    MISSING_INFORMATION;

    /** Only a contradiction between two articles needs the other article. */
    public boolean needsRelatedArticle() {
        return this == CONTRADICTS_ARTICLE;
    }
}
