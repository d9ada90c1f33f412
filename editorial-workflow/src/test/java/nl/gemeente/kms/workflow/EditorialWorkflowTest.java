package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EditorialWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static final Actor ANNA = new Actor("anna", Set.of(Role.EDITOR), Set.of("BZ"));
    private static final Actor BRAM = new Actor("bram", Set.of(Role.EDITOR), Set.of("BZ"));
    private static final Actor ANNA_AS_KM =
            new Actor("anna", Set.of(Role.KNOWLEDGE_MANAGER, Role.EDITOR), Set.of("BZ"));
    private static final Actor EVA_AGENT = new Actor("eva", Set.of(Role.AGENT), Set.of("BZ"));

    private final EditorialWorkflow workflow = new EditorialWorkflow(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void outcomeRecordsTheStep() {
        TransitionOutcome outcome = workflow.apply(TestVersion.in(VersionState.IN_REVIEW), Transition.APPROVE,
                BRAM, "  clear and correct  ");

        assertThat(outcome).isEqualTo(new TransitionOutcome(Transition.APPROVE, VersionState.IN_REVIEW,
                VersionState.APPROVED, "bram", NOW, "clear and correct"));
    }

    @Test
    void blankOptionalCommentIsRecordedAsNone() {
        assertThat(workflow.apply(TestVersion.in(VersionState.DRAFT), Transition.SUBMIT, ANNA, " ").comment())
                .isNull();
    }

    @ParameterizedTest
    @EnumSource(value = Transition.class, names = {"APPROVE", "REQUEST_CHANGES"})
    void authorCannotReviewOwnVersionEvenAsKnowledgeManager(Transition transition) {
        for (Actor author : Set.of(ANNA, ANNA_AS_KM)) {
            assertThatThrownBy(() -> workflow.apply(TestVersion.in(VersionState.IN_REVIEW), transition, author, "ok"))
                    .isInstanceOfSatisfying(NotPermitted.class, refused -> {
                        assertThat(refused.username()).isEqualTo("anna");
                        assertThat(refused.action()).isEqualTo(transition.name());
                        assertThat(refused.reason()).contains("four-eyes");
                    });
        }
    }

    @Test
    void authorMayStillPublishOnceSomeoneElseApproved() {
        assertThat(workflow.apply(TestVersion.in(VersionState.APPROVED), Transition.PUBLISH, ANNA, null).to())
                .isEqualTo(VersionState.PUBLISHED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void requestChangesNeedsAComment(String comment) {
        assertCommentRequired(TestVersion.in(VersionState.IN_REVIEW), Transition.REQUEST_CHANGES, comment);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void archiveNeedsAReason(String comment) {
        assertCommentRequired(TestVersion.in(VersionState.PUBLISHED), Transition.ARCHIVE, comment);
    }

    private void assertCommentRequired(WorkflowSubject version, Transition transition, String comment) {
        assertThatThrownBy(() -> workflow.apply(version, transition, BRAM, comment))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("comment");
                    assertThat(violation.rule()).isEqualTo("required");
                });
    }

    @Test
    void publishRefusesValidFromInTheFuture() {
        var version = TestVersion.in(VersionState.APPROVED).validFrom(TODAY.plusDays(1));
        assertThatThrownBy(() -> workflow.apply(version, Transition.PUBLISH, BRAM, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("validFrom"));
    }

    @Test
    void publishAcceptsValidFromTodayOrEarlierOrNone() {
        for (LocalDate validFrom : new LocalDate[] {TODAY, TODAY.minusYears(1), null}) {
            var version = TestVersion.in(VersionState.APPROVED).validFrom(validFrom);
            assertThat(workflow.apply(version, Transition.PUBLISH, BRAM, null).to()).isEqualTo(VersionState.PUBLISHED);
        }
    }

    @Test
    void scheduleNeedsValidFromStrictlyAfterToday() {
        for (LocalDate validFrom : new LocalDate[] {TODAY, TODAY.minusDays(1), null}) {
            var version = TestVersion.in(VersionState.APPROVED).validFrom(validFrom);
            assertThatThrownBy(() -> workflow.apply(version, Transition.SCHEDULE, BRAM, null))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.field()).isEqualTo("validFrom"));
        }
        var tomorrow = TestVersion.in(VersionState.APPROVED).validFrom(TODAY.plusDays(1));
        assertThat(workflow.apply(tomorrow, Transition.SCHEDULE, BRAM, null).to()).isEqualTo(VersionState.SCHEDULED);
    }

    @Test
    void schedulerActivatesOnlyOnceValidFromHasCome() {
        var early = TestVersion.in(VersionState.SCHEDULED).validFrom(TODAY.plusDays(1));
        var due = TestVersion.in(VersionState.SCHEDULED).validFrom(TODAY);

        assertThatThrownBy(() -> workflow.apply(early, Transition.ACTIVATE, Actor.SYSTEM, null))
                .isInstanceOf(RuleViolation.class);
        assertThat(workflow.apply(due, Transition.ACTIVATE, Actor.SYSTEM, null).actor()).isEqualTo("system");
    }

    @Test
    void todayIsTheAmsterdamDateNotTheUtcDate() {
        var newYearsEveUtc = new EditorialWorkflow(
                Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC));
        var validFromNewYear = TestVersion.in(VersionState.APPROVED).validFrom(LocalDate.of(2027, 1, 1));

        assertThat(newYearsEveUtc.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(newYearsEveUtc.apply(validFromNewYear, Transition.PUBLISH, BRAM, null).to())
                .isEqualTo(VersionState.PUBLISHED);
        assertThatThrownBy(() -> newYearsEveUtc.apply(validFromNewYear, Transition.SCHEDULE, BRAM, null))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void summerTimeIsTwoHoursAheadOfUtc() {
        var summer = new EditorialWorkflow(Clock.fixed(Instant.parse("2026-06-30T22:30:00Z"), ZoneOffset.UTC));
        var justBefore = new EditorialWorkflow(Clock.fixed(Instant.parse("2026-06-30T21:59:59Z"), ZoneOffset.UTC));

        assertThat(summer.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(justBefore.today()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void stateIsCheckedBeforeTheActor() {
        var draft = TestVersion.in(VersionState.DRAFT);
        assertThatThrownBy(() -> workflow.apply(draft, Transition.PUBLISH, EVA_AGENT, null))
                .isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void actorIsCheckedBeforeTheRules() {
        assertThatThrownBy(() -> workflow.apply(TestVersion.in(VersionState.IN_REVIEW), Transition.REQUEST_CHANGES,
                EVA_AGENT, null))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void userAccountNamedSystemIsNotTheScheduler() {
        var impostor = new Actor("system", Set.of(), Set.of());
        var published = TestVersion.in(VersionState.PUBLISHED);
        assertThatThrownBy(() -> workflow.apply(published, Transition.EXPIRE, impostor, null))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void subjectReturningNullValidFromMeansImmediately() {
        var version = new TestVersion(VersionState.APPROVED, "BZ", "anna", null);
        assertThat(workflow.allowedTransitions(version, BRAM))
                .containsExactlyInAnyOrder(Transition.PUBLISH, Transition.ARCHIVE);
    }

    @Test
    void hintsForTheAuthorOfADraftUnderReviewAreEmpty() {
        assertThat(workflow.allowedTransitions(TestVersion.in(VersionState.IN_REVIEW), ANNA)).isEmpty();
        assertThat(workflow.allowedTransitions(TestVersion.in(VersionState.IN_REVIEW), BRAM))
                .containsExactlyInAnyOrder(Transition.APPROVE, Transition.REQUEST_CHANGES);
    }

    @Test
    void notPermittedMessageExplainsTheDepartment() {
        var foreign = new Actor("cor", Set.of(Role.EDITOR), Set.of("BELASTINGEN"));
        assertThatThrownBy(() -> workflow.apply(TestVersion.in(VersionState.DRAFT), Transition.SUBMIT, foreign, null))
                .hasMessageContaining("cor")
                .hasMessageContaining("BZ");
    }

    @Test
    void versionWithoutStateIsRejected() {
        var stateless = new TestVersion(null, "BZ", "anna", Optional.empty());
        assertThatThrownBy(() -> workflow.apply(stateless, Transition.SUBMIT, ANNA, null))
                .isInstanceOf(NullPointerException.class);
    }
}
