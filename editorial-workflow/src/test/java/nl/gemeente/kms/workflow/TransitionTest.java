package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TransitionTest {

    @Test
    void systemOnlyTransitionsAreThoseOfTheScheduler() {
        assertThat(Arrays.stream(Transition.values()).filter(Transition::isSystemOnly))
                .containsExactlyInAnyOrder(Transition.ACTIVATE, Transition.SUPERSEDE, Transition.EXPIRE);
    }

    @Test
    void onlySendingBackAndArchivingNeedAComment() {
        assertThat(Arrays.stream(Transition.values()).filter(Transition::requiresComment))
                .containsExactlyInAnyOrder(Transition.REQUEST_CHANGES, Transition.ARCHIVE);
    }

    @Test
    void archiveLeavesFromEveryLiveOrPendingStateButReview() {
        assertThat(Transition.ARCHIVE.from()).containsExactlyInAnyOrder(
                VersionState.PUBLISHED, VersionState.SCHEDULED, VersionState.APPROVED, VersionState.DRAFT);
    }

    @Test
    void noTransitionLeavesATerminalState() {
        for (Transition transition : Transition.values()) {
            assertThat(transition.from()).noneMatch(VersionState::isTerminal);
        }
    }

    @Test
    void onlyDraftsAreEditable() {
        assertThat(Arrays.stream(VersionState.values()).filter(VersionState::isEditable))
                .containsExactly(VersionState.DRAFT);
        assertThat(Arrays.stream(VersionState.values()).filter(VersionState::isTerminal))
                .containsExactlyInAnyOrder(VersionState.SUPERSEDED, VersionState.ARCHIVED);
    }
}
