package nl.gemeente.kms.workflow;

import static nl.gemeente.kms.workflow.VersionState.APPROVED;
import static nl.gemeente.kms.workflow.VersionState.ARCHIVED;
import static nl.gemeente.kms.workflow.VersionState.DRAFT;
import static nl.gemeente.kms.workflow.VersionState.IN_REVIEW;
import static nl.gemeente.kms.workflow.VersionState.PUBLISHED;
import static nl.gemeente.kms.workflow.VersionState.SCHEDULED;
import static nl.gemeente.kms.workflow.VersionState.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every state x transition x kind of actor x valid-from date and compares the workflow with
 * an oracle that restates the rules from the specification, without looking at {@link Transition}.
 */
class TransitionTableTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private final EditorialWorkflow workflow = new EditorialWorkflow(CLOCK);

    /** The kinds of people (and the scheduler) that may try a step on a version of "BZ" by "anna". */
    enum Who {
        AUTHOR_EDITOR(new Actor("anna", Set.of(Role.EDITOR), Set.of("BZ"))),
        OTHER_EDITOR(new Actor("bram", Set.of(Role.EDITOR), Set.of("BZ", "WMO"))),
        FOREIGN_EDITOR(new Actor("cor", Set.of(Role.EDITOR), Set.of("BELASTINGEN"))),
        KNOWLEDGE_MANAGER(new Actor("dirk", Set.of(Role.KNOWLEDGE_MANAGER), Set.of())),
        AUTHOR_KNOWLEDGE_MANAGER(new Actor("anna", Set.of(Role.KNOWLEDGE_MANAGER), Set.of())),
        AGENT(new Actor("eva", Set.of(Role.AGENT), Set.of("BZ"))),
        ADMINISTRATOR(new Actor("frank", Set.of(Role.ADMINISTRATOR), Set.of("BZ"))),
        SYSTEM(Actor.SYSTEM);

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    enum When {
        NOT_SET(null), YESTERDAY(TODAY.minusDays(1)), SAME_DAY(TODAY), TOMORROW(TODAY.plusDays(1));

        final LocalDate validFrom;

        When(LocalDate validFrom) {
            this.validFrom = validFrom;
        }
    }

    // --- the oracle ---

    private static Set<VersionState> legalFrom(Transition transition) {
        return switch (transition) {
            case SUBMIT -> Set.of(DRAFT);
            case REQUEST_CHANGES, APPROVE -> Set.of(IN_REVIEW);
            case PUBLISH, SCHEDULE -> Set.of(APPROVED);
            case UNSCHEDULE, ACTIVATE -> Set.of(SCHEDULED);
            case SUPERSEDE, EXPIRE -> Set.of(PUBLISHED);
            case ARCHIVE -> Set.of(PUBLISHED, SCHEDULED, APPROVED, DRAFT);
        };
    }

    private static VersionState target(Transition transition) {
        return switch (transition) {
            case SUBMIT -> IN_REVIEW;
            case REQUEST_CHANGES -> DRAFT;
            case APPROVE, UNSCHEDULE -> APPROVED;
            case PUBLISH, ACTIVATE -> PUBLISHED;
            case SCHEDULE -> SCHEDULED;
            case SUPERSEDE -> SUPERSEDED;
            case ARCHIVE, EXPIRE -> ARCHIVED;
        };
    }

    private static boolean mayAct(Transition transition, Who who) {
        boolean editorOfDepartment = switch (who) {
            case AUTHOR_EDITOR, OTHER_EDITOR, KNOWLEDGE_MANAGER, AUTHOR_KNOWLEDGE_MANAGER -> true;
            case FOREIGN_EDITOR, AGENT, ADMINISTRATOR, SYSTEM -> false;
        };
        boolean author = who == Who.AUTHOR_EDITOR || who == Who.AUTHOR_KNOWLEDGE_MANAGER;
        return switch (transition) {
            case ACTIVATE, SUPERSEDE, EXPIRE -> who == Who.SYSTEM;
            case REQUEST_CHANGES, APPROVE -> editorOfDepartment && !author;
            case SUBMIT, PUBLISH, SCHEDULE, UNSCHEDULE, ARCHIVE -> editorOfDepartment;
        };
    }

    private static boolean dateFits(Transition transition, When when) {
        return switch (transition) {
            case PUBLISH, ACTIVATE -> when != When.TOMORROW;
            case SCHEDULE -> when == When.TOMORROW;
            case SUBMIT, REQUEST_CHANGES, APPROVE, UNSCHEDULE, SUPERSEDE, ARCHIVE, EXPIRE -> true;
        };
    }

    private static Set<Transition> expectedAllowed(VersionState state, Who who, When when) {
        Set<Transition> allowed = EnumSet.noneOf(Transition.class);
        for (Transition transition : Transition.values()) {
            if (legalFrom(transition).contains(state) && mayAct(transition, who) && dateFits(transition, when)) {
                allowed.add(transition);
            }
        }
        return allowed;
    }

    // --- the walk ---

    static Stream<Arguments> everyCase() {
        List<Arguments> cases = new ArrayList<>();
        for (VersionState state : VersionState.values()) {
            for (Transition transition : Transition.values()) {
                for (Who who : Who.values()) {
                    for (When when : When.values()) {
                        cases.add(Arguments.of(state, transition, who, when));
                    }
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> everyIllegalCase() {
        return everyCase().filter(args ->
                !legalFrom((Transition) args.get()[1]).contains((VersionState) args.get()[0]));
    }

    static Stream<Arguments> everySituation() {
        return everyCase().filter(args -> args.get()[1] == Transition.SUBMIT)
                .map(args -> Arguments.of(args.get()[0], args.get()[2], args.get()[3]));
    }

    @ParameterizedTest(name = "{1} on {0} by {2}, valid-from {3}")
    @MethodSource("everyCase")
    void followsTheTable(VersionState state, Transition transition, Who who, When when) {
        WorkflowSubject version = TestVersion.in(state).validFrom(when.validFrom);
        ThrowingCallable attempt = () -> workflow.apply(version, transition, who.actor, "reason given");
        if (!legalFrom(transition).contains(state)) {
            assertThatThrownBy(attempt).isExactlyInstanceOf(TransitionNotAllowed.class);
        } else if (!mayAct(transition, who)) {
            assertThatThrownBy(attempt).isExactlyInstanceOf(NotPermitted.class);
        } else if (!dateFits(transition, when)) {
            assertThatThrownBy(attempt).isExactlyInstanceOf(RuleViolation.class);
        } else {
            assertThat(workflow.apply(version, transition, who.actor, "reason given").to())
                    .isEqualTo(target(transition));
        }
    }

    @ParameterizedTest(name = "{0} by {1}, valid-from {2}")
    @MethodSource("everySituation")
    void allowedTransitionsAreExactlyThoseThatSucceed(VersionState state, Who who, When when) {
        WorkflowSubject version = TestVersion.in(state).validFrom(when.validFrom);
        Set<Transition> succeeding = EnumSet.noneOf(Transition.class);
        for (Transition transition : Transition.values()) {
            try {
                workflow.apply(version, transition, who.actor, "reason given");
                succeeding.add(transition);
            } catch (WorkflowException refused) {
                // refused transitions are simply not in the set
            }
        }
        assertThat(workflow.allowedTransitions(version, who.actor))
                .isEqualTo(succeeding)
                .isEqualTo(expectedAllowed(state, who, when));
    }

    @ParameterizedTest(name = "{1} on {0} by {2}, valid-from {3}")
    @MethodSource("everyIllegalCase")
    void illegalTransitionNamesStateAndAllowedTransitions(VersionState state, Transition transition,
                                                          Who who, When when) {
        WorkflowSubject version = TestVersion.in(state).validFrom(when.validFrom);
        Set<Transition> allowed = expectedAllowed(state, who, when);
        assertThatThrownBy(() -> workflow.apply(version, transition, who.actor, "reason given"))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> {
                    assertThat(refused.state()).isEqualTo(state);
                    assertThat(refused.transition()).isEqualTo(transition);
                    assertThat(refused.allowed()).isEqualTo(allowed);
                    assertThat(refused.getMessage()).contains(state.name(), transition.name());
                    allowed.forEach(t -> assertThat(refused.getMessage()).contains(t.name()));
                });
    }
}
