package nl.gemeente.kms.workflow.report;

import java.time.Instant;

/** A report as the tests need it: id 1 on article 10 of "BZ", filed by agent "eva" about a version by "anna". */
record TestReport(Long id, ReportState state, String department, String reporter, String versionAuthor,
                  long articleId, Instant filedAt, int reopenCount) implements ReportSubject {

    static final Instant FILED = Instant.parse("2026-06-10T09:00:00Z");

    static TestReport in(ReportState state) {
        return new TestReport(1L, state, "BZ", "eva", "anna", 10L, FILED, 0);
    }

    TestReport reopened(int times) {
        return new TestReport(id, state, department, reporter, versionAuthor, articleId, filedAt, times);
    }

    TestReport withId(long newId) {
        return new TestReport(newId, state, department, reporter, versionAuthor, articleId, filedAt, reopenCount);
    }
}
