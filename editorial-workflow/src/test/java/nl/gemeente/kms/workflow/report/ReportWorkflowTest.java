package nl.gemeente.kms.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.ReportTransitionNotAllowed;
import nl.gemeente.kms.workflow.Role;
import nl.gemeente.kms.workflow.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules about each step's input; {@link ReportTransitionTableTest} covers state and actor. */
class ReportWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final Actor EDITOR = new Actor("bram", Set.of(Role.EDITOR), Set.of("BZ"));
    private static final Actor KM = new Actor("dirk", Set.of(Role.KNOWLEDGE_MANAGER), Set.of());
    private static final Actor REPORTER = new Actor("eva", Set.of(Role.AGENT), Set.of());
    private final ReportWorkflow workflow = new ReportWorkflow(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void triageNeedsAnEditorWhoBelongsToTheDepartment() {
        TestReport open = TestReport.in(ReportState.OPEN);
        assertRule(() -> workflow.triage(open, EDITOR, null, null), "assignee", "not-in-department");
        assertRule(() -> workflow.triage(open, EDITOR, new Actor("cor", Set.of(Role.EDITOR), Set.of("WMO")), null),
                "assignee", "not-in-department");
        assertRule(() -> workflow.triage(open, EDITOR, KM, null), "assignee", "not-in-department");
        assertRule(() -> workflow.triage(open, EDITOR, new Actor("finn", Set.of(Role.AGENT), Set.of("BZ")), null),
                "assignee", "not-in-department");
        ReportOutcome outcome = workflow.triage(open, KM, EDITOR, "  please check the fees  ");
        assertThat(outcome).isEqualTo(new ReportOutcome(ReportTransition.TRIAGE, ReportState.OPEN,
                ReportState.TRIAGED, "dirk", NOW, "please check the fees"));
    }

    @Test
    void aFixIsALaterPublicationOfTheSameArticle() {
        TestReport working = TestReport.in(ReportState.IN_PROGRESS);
        Instant before = TestReport.FILED.minusSeconds(60);
        Instant after = TestReport.FILED.plusSeconds(60);
        assertRule(() -> workflow.resolve(working, EDITOR, new Resolution.FixedBy(11L, 2, after)),
                "fixArticleId", "same-article");
        assertRule(() -> workflow.resolve(working, EDITOR, new Resolution.FixedBy(10L, 2, null)),
                "fixVersion", "published");
        assertRule(() -> workflow.resolve(working, EDITOR, new Resolution.FixedBy(10L, 1, before)),
                "fixVersion", "published-after-report");
        assertRule(() -> workflow.resolve(working, EDITOR, new Resolution.FixedBy(10L, 1, TestReport.FILED)),
                "fixVersion", "published-after-report");
        ReportOutcome fixed = workflow.resolve(working, EDITOR, new Resolution.FixedBy(10L, 2, after));
        assertThat(fixed.to()).isEqualTo(ReportState.RESOLVED);
        assertThat(fixed.comment()).isEqualTo("fixed in version 2");
    }

    @Test
    void noChangeNeededMustBeExplained() {
        TestReport working = TestReport.in(ReportState.IN_PROGRESS);
        assertRule(() -> workflow.resolve(working, EDITOR, new Resolution.NoChangeNeeded(" \n ")),
                "explanation", "required");
        assertThat(workflow.resolve(working, EDITOR, new Resolution.NoChangeNeeded(" The fee is right. ")).comment())
                .isEqualTo("The fee is right.");
    }

    @Test
    void rejectingAndReopeningNeedAComment() {
        assertRule(() -> workflow.reject(TestReport.in(ReportState.OPEN), EDITOR, ""), "comment", "required");
        assertRule(() -> workflow.reopen(TestReport.in(ReportState.REJECTED), REPORTER, null), "comment", "required");
        assertThat(workflow.reopen(TestReport.in(ReportState.REJECTED), REPORTER, "Still wrong").to())
                .isEqualTo(ReportState.OPEN);
    }

    @Test
    void theReporterReopensOnlyOnceAndIsToldSo() {
        TestReport resolvedAgain = TestReport.in(ReportState.RESOLVED).reopened(1);
        assertThatThrownBy(() -> workflow.reopen(resolvedAgain, REPORTER, "Still wrong"))
                .isInstanceOfSatisfying(ReportTransitionNotAllowed.class, refused -> {
                    assertThat(refused.allowed()).isEmpty();
                    assertThat(refused.getMessage()).contains("RESOLVED", "REOPEN", "only once", "none");
                });
        assertThat(workflow.allowedTransitions(resolvedAgain, REPORTER)).isEmpty();
    }

    @Test
    void aDuplicatePointsAtAnotherReportThatIsNotItselfADuplicate() {
        TestReport open = TestReport.in(ReportState.OPEN);
        assertRule(() -> workflow.markDuplicate(open, KM, null), "originalReportId", "unknown-report");
        assertRule(() -> workflow.markDuplicate(open, KM, open), "originalReportId", "not-itself");
        assertRule(() -> workflow.markDuplicate(open, KM, TestReport.in(ReportState.DUPLICATE).withId(7)),
                "originalReportId", "original-is-duplicate");
        // the original may well be answered already: the duplicate then shares that answer
        assertThat(workflow.markDuplicate(open, KM, TestReport.in(ReportState.RESOLVED).withId(7)).to())
                .isEqualTo(ReportState.DUPLICATE);
    }

    @Test
    void routingNeedsAnotherKnownDepartment() {
        TestReport triaged = TestReport.in(ReportState.TRIAGED);
        Set<String> departments = Set.of("BZ", "WMO");
        assertRule(() -> workflow.route(triaged, KM, "BRANDWEER", departments, null), "department", "unknown-department");
        assertRule(() -> workflow.route(triaged, KM, null, departments, null), "department", "unknown-department");
        assertRule(() -> workflow.route(triaged, KM, "BZ", departments, null), "department", "same-department");
        assertThat(workflow.route(triaged, KM, "WMO", departments, "belongs to Wmo").comment()).isEqualTo("belongs to Wmo");
    }

    @Test
    void theReporterTheVersionAuthorTheDepartmentAndKnowledgeManagersSeeAReport() {
        TestReport report = TestReport.in(ReportState.OPEN);
        assertThat(ReportAccess.canSee(REPORTER, report)).isTrue();
        assertThat(ReportAccess.canSee(new Actor("anna", Set.of(Role.EDITOR), Set.of("WMO")), report)).isTrue();
        assertThat(ReportAccess.canSee(EDITOR, report)).isTrue();
        assertThat(ReportAccess.canSee(KM, report)).isTrue();
        assertThat(ReportAccess.canSee(new Actor("cor", Set.of(Role.EDITOR), Set.of("WMO")), report)).isFalse();
        assertThat(ReportAccess.canSee(new Actor("finn", Set.of(Role.AGENT), Set.of("BZ")), report)).isFalse();
        assertThat(ReportAccess.canSee(Actor.SYSTEM, report)).isFalse();
    }

    private static void assertRule(ThrowingCallable attempt, String field, String rule) {
        assertThatThrownBy(attempt).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.rule()).isEqualTo(rule);
        });
    }
}
