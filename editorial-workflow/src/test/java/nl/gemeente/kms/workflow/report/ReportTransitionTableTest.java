package nl.gemeente.kms.workflow.report;

import static nl.gemeente.kms.workflow.report.ReportState.DUPLICATE;
import static nl.gemeente.kms.workflow.report.ReportState.IN_PROGRESS;
import static nl.gemeente.kms.workflow.report.ReportState.OPEN;
import static nl.gemeente.kms.workflow.report.ReportState.REJECTED;
import static nl.gemeente.kms.workflow.report.ReportState.RESOLVED;
import static nl.gemeente.kms.workflow.report.ReportState.TRIAGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.NotPermitted;
import nl.gemeente.kms.workflow.ReportTransitionNotAllowed;
import nl.gemeente.kms.workflow.Role;
import nl.gemeente.kms.workflow.WorkflowException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every state x step x kind of actor x "already reopened" and compares the report workflow
 * with an oracle that restates the rules from the specification, without looking at
 * {@link ReportTransition}.
 */
class ReportTransitionTableTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private static final Actor BZ_EDITOR = new Actor("bram", Set.of(Role.EDITOR), Set.of("BZ"));
    private final ReportWorkflow workflow = new ReportWorkflow(CLOCK);

    /** The kinds of people (and the scheduler) that may try a step on report 1 of "BZ", filed by "eva". */
    enum Who {
        REPORTER(new Actor("eva", Set.of(Role.AGENT), Set.of())),
        OTHER_AGENT(new Actor("finn", Set.of(Role.AGENT), Set.of("BZ"))),
        DEPARTMENT_EDITOR(BZ_EDITOR),
        VERSION_AUTHOR_ELSEWHERE(new Actor("anna", Set.of(Role.EDITOR), Set.of("WMO"))),
        FOREIGN_EDITOR(new Actor("cor", Set.of(Role.EDITOR), Set.of("BELASTINGEN"))),
        KNOWLEDGE_MANAGER(new Actor("dirk", Set.of(Role.KNOWLEDGE_MANAGER), Set.of())),
        ADMINISTRATOR(new Actor("frank", Set.of(Role.ADMINISTRATOR), Set.of("BZ"))),
        SYSTEM(Actor.SYSTEM);

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    // --- the oracle ---

    private static Set<ReportState> legalFrom(ReportTransition transition) {
        return switch (transition) {
            case TRIAGE -> Set.of(OPEN, TRIAGED);
            case START -> Set.of(TRIAGED);
            case RESOLVE -> Set.of(IN_PROGRESS);
            case REJECT, MARK_DUPLICATE, ROUTE -> Set.of(OPEN, TRIAGED, IN_PROGRESS);
            case REOPEN -> Set.of(RESOLVED, REJECTED);
        };
    }

    private static ReportState target(ReportTransition transition) {
        return switch (transition) {
            case TRIAGE -> TRIAGED;
            case START -> IN_PROGRESS;
            case RESOLVE -> RESOLVED;
            case REJECT -> REJECTED;
            case MARK_DUPLICATE -> DUPLICATE;
            case ROUTE, REOPEN -> OPEN;
        };
    }

    private static boolean mayAct(ReportTransition transition, Who who) {
        return switch (transition) {
            case TRIAGE, START, RESOLVE, REJECT -> who == Who.DEPARTMENT_EDITOR || who == Who.KNOWLEDGE_MANAGER;
            case MARK_DUPLICATE, ROUTE -> who == Who.KNOWLEDGE_MANAGER;
            case REOPEN -> who == Who.REPORTER;
        };
    }

    private static boolean usedUp(ReportTransition transition, boolean reopened) {
        return transition == ReportTransition.REOPEN && reopened;
    }

    private static Set<ReportTransition> expectedAllowed(ReportState state, Who who, boolean reopened) {
        Set<ReportTransition> allowed = EnumSet.noneOf(ReportTransition.class);
        for (ReportTransition t : ReportTransition.values()) {
            if (legalFrom(t).contains(state) && mayAct(t, who) && !usedUp(t, reopened)) {
                allowed.add(t);
            }
        }
        return allowed;
    }

    /** Takes the step with valid input, so that only state, actor and the reopen limit decide. */
    private ReportOutcome take(ReportSubject report, ReportTransition transition, Actor actor) {
        return switch (transition) {
            case TRIAGE -> workflow.triage(report, actor, BZ_EDITOR, null);
            case START -> workflow.start(report, actor);
            case RESOLVE -> workflow.resolve(report, actor, new Resolution.NoChangeNeeded("the text stands"));
            case REJECT -> workflow.reject(report, actor, "reason given");
            case MARK_DUPLICATE -> workflow.markDuplicate(report, actor, TestReport.in(OPEN).withId(99));
            case ROUTE -> workflow.route(report, actor, "WMO", Set.of("BZ", "WMO"), null);
            case REOPEN -> workflow.reopen(report, actor, "reason given");
        };
    }

    // --- the walk ---

    static Stream<Arguments> everyCase() {
        List<Arguments> cases = new ArrayList<>();
        for (ReportState state : ReportState.values()) {
            for (ReportTransition transition : ReportTransition.values()) {
                for (Who who : Who.values()) {
                    for (boolean reopened : new boolean[] {false, true}) {
                        cases.add(Arguments.of(state, transition, who, reopened));
                    }
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> everySituation() {
        return everyCase().filter(args -> args.get()[1] == ReportTransition.TRIAGE)
                .map(args -> Arguments.of(args.get()[0], args.get()[2], args.get()[3]));
    }

    static Stream<Arguments> everyIllegalCase() {
        return everyCase().filter(args ->
                !legalFrom((ReportTransition) args.get()[1]).contains((ReportState) args.get()[0]));
    }

    @ParameterizedTest(name = "{1} on {0} by {2}, reopened before: {3}")
    @MethodSource("everyCase")
    void followsTheTable(ReportState state, ReportTransition transition, Who who, boolean reopened) {
        ReportSubject report = TestReport.in(state).reopened(reopened ? 1 : 0);
        ThrowingCallable attempt = () -> take(report, transition, who.actor);
        if (!legalFrom(transition).contains(state)) {
            assertThatThrownBy(attempt).isExactlyInstanceOf(ReportTransitionNotAllowed.class);
        } else if (!mayAct(transition, who)) {
            assertThatThrownBy(attempt).isExactlyInstanceOf(NotPermitted.class);
        } else if (usedUp(transition, reopened)) {
            assertThatThrownBy(attempt).isExactlyInstanceOf(ReportTransitionNotAllowed.class)
                    .hasMessageContaining("only once");
        } else {
            ReportOutcome outcome = take(report, transition, who.actor);
            assertThat(outcome.to()).isEqualTo(target(transition));
            assertThat(outcome.from()).isEqualTo(state);
            assertThat(outcome.actor()).isEqualTo(who.actor.username());
        }
    }

    @ParameterizedTest(name = "{0} by {1}, reopened before: {2}")
    @MethodSource("everySituation")
    void allowedTransitionsAreExactlyThoseThatSucceed(ReportState state, Who who, boolean reopened) {
        ReportSubject report = TestReport.in(state).reopened(reopened ? 1 : 0);
        Set<ReportTransition> succeeding = EnumSet.noneOf(ReportTransition.class);
        for (ReportTransition transition : ReportTransition.values()) {
            try {
                take(report, transition, who.actor);
                succeeding.add(transition);
            } catch (WorkflowException refused) {
                // refused steps are simply not in the set
            }
        }
        assertThat(workflow.allowedTransitions(report, who.actor))
                .isEqualTo(succeeding)
                .isEqualTo(expectedAllowed(state, who, reopened));
    }

    @ParameterizedTest(name = "{1} on {0} by {2}, reopened before: {3}")
    @MethodSource("everyIllegalCase")
    void illegalStepNamesStateAndAllowedSteps(ReportState state, ReportTransition transition, Who who, boolean reopened) {
        ReportSubject report = TestReport.in(state).reopened(reopened ? 1 : 0);
        Set<ReportTransition> allowed = expectedAllowed(state, who, reopened);
        assertThatThrownBy(() -> take(report, transition, who.actor))
                .isInstanceOfSatisfying(ReportTransitionNotAllowed.class, refused -> {
                    assertThat(refused.state()).isEqualTo(state);
                    assertThat(refused.transition()).isEqualTo(transition);
                    assertThat(refused.allowed()).isEqualTo(allowed);
                    assertThat(refused.getMessage()).contains(state.name(), transition.name());
                    allowed.forEach(t -> assertThat(refused.getMessage()).contains(t.name()));
                });
    }
}
