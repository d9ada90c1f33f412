package nl.gemeente.kms.workflow.report;

import java.time.Instant;

/**
 * What the report rules need to know about one report. The persistence entity implements it; the
 * rules never change it but return a {@link ReportOutcome} that the caller applies.
 */
public interface ReportSubject {

    /** Null only before the report is stored. */
    Long id();

    ReportState state();

    /** Code of the department whose queue holds the report now (routing may change it). */
    String department();

    /** Username of who filed the report. */
    String reporter();

    /** Username of who wrote the reported version; they may follow the report. */
    String versionAuthor();

    long articleId();

    Instant filedAt();

    /** How often the reporter reopened the report; at most once. */
    int reopenCount();
}
