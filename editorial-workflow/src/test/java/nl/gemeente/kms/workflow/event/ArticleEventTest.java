package nl.gemeente.kms.workflow.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.Transition;
import nl.gemeente.kms.workflow.TransitionOutcome;
import nl.gemeente.kms.workflow.VersionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArticleEventTest {

    private static final Instant AT = Instant.parse("2026-06-15T10:00:00Z");
    private static final LocalDate VALID_FROM = LocalDate.of(2026, 7, 1);
    private static final ArticleContent CONTENT = new ArticleContent("Paspoort", "Kort antwoord", "", List.of(),
            List.of(), "Nieuwe tarieven", ChangeLevel.MAJOR, VALID_FROM, null);

    private static TransitionOutcome outcome(Transition transition, String actor, String comment) {
        var from = transition.from().iterator().next();
        return new TransitionOutcome(transition, from, transition.to(), actor, AT, comment);
    }

    private static Class<? extends ArticleEvent> expectedType(Transition transition) {
        return switch (transition) {
            case SUBMIT -> VersionSubmitted.class;
            case REQUEST_CHANGES -> ChangesRequested.class;
            case APPROVE -> VersionApproved.class;
            case PUBLISH, ACTIVATE -> VersionPublished.class;
            case SCHEDULE -> VersionScheduled.class;
            case UNSCHEDULE -> VersionUnscheduled.class;
            case SUPERSEDE -> VersionSuperseded.class;
            case ARCHIVE -> VersionArchived.class;
            case EXPIRE -> VersionExpired.class;
        };
    }

    @ParameterizedTest
    @EnumSource(Transition.class)
    void everyTransitionHasItsEvent(Transition transition) {
        ArticleEvent event = ArticleEvent.of(42L, 3, outcome(transition, "bram", "reason"), CONTENT, 2);

        assertThat(event).isExactlyInstanceOf(expectedType(transition));
        assertThat(event.articleId()).isEqualTo(42L);
        assertThat(event.versionNumber()).isEqualTo(3);
        assertThat(event.at()).isEqualTo(AT);
        assertThat(event.actor()).isEqualTo("bram");
    }

    @Test
    void activationIsAPublicationByTheScheduler() {
        ArticleEvent event = ArticleEvent.of(42L, 3, outcome(Transition.ACTIVATE, "system", null), CONTENT, 2);

        assertThat(event).isEqualTo(new VersionPublished(42L, 3, AT, "system", ChangeLevel.MAJOR, "Nieuwe tarieven",
                VALID_FROM, 2));
    }

    @Test
    void scheduledEventCarriesTheDateAndArchivedTheReason() {
        assertThat(ArticleEvent.of(1L, 1, outcome(Transition.SCHEDULE, "bram", null), CONTENT, null))
                .isEqualTo(new VersionScheduled(1L, 1, AT, "bram", VALID_FROM));
        var archived = new TransitionOutcome(Transition.ARCHIVE, VersionState.PUBLISHED, VersionState.ARCHIVED, "bram", AT,
                "verouderd");
        assertThat(ArticleEvent.of(1L, 1, archived, null, null))
                .isEqualTo(new VersionArchived(1L, 1, AT, "bram", "verouderd", VersionState.PUBLISHED));
    }

    @Test
    void archivingSaysWhatWasArchivedSoThatAWithdrawnPlanIsNotMistakenForAWithdrawnAnswer() {
        var plan = new TransitionOutcome(Transition.ARCHIVE, VersionState.SCHEDULED, VersionState.ARCHIVED, "bram", AT,
                "gaat niet door");

        assertThat(((VersionArchived) ArticleEvent.of(1L, 2, plan, null, null)).from()).isEqualTo(VersionState.SCHEDULED);
    }

    @Test
    void publishingNeedsTheContent() {
        assertThatThrownBy(() -> ArticleEvent.of(1L, 1, outcome(Transition.PUBLISH, "bram", null), null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
