package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArticleInvariantsTest {

    @ParameterizedTest
    @EnumSource(value = VersionState.class, names = {"DRAFT", "IN_REVIEW", "APPROVED"})
    void oneDraftInProgressAtATime(VersionState inProgress) {
        assertThatThrownBy(() -> ArticleInvariants.checkCanStartDraft(List.of(VersionState.PUBLISHED, inProgress)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("state");
                    assertThat(violation.rule()).isEqualTo("one-draft");
                });
    }

    @Test
    void newDraftBesidesPublishedScheduledAndHistory() {
        assertThatCode(() -> ArticleInvariants.checkCanStartDraft(List.of(VersionState.PUBLISHED,
                VersionState.SCHEDULED, VersionState.SUPERSEDED, VersionState.ARCHIVED))).doesNotThrowAnyException();
        assertThatCode(() -> ArticleInvariants.checkCanStartDraft(List.of())).doesNotThrowAnyException();
    }

    @Test
    void oneScheduledVersionAtATime() {
        assertThatThrownBy(() -> ArticleInvariants.checkCanSchedule(List.of(VersionState.SCHEDULED)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("state"));
        assertThatCode(() -> ArticleInvariants.checkCanSchedule(List.of(VersionState.PUBLISHED, VersionState.APPROVED)))
                .doesNotThrowAnyException();
    }

    @Test
    void publishingSupersedesThePreviousPublication() {
        assertThat(ArticleInvariants.consequencesOfPublishing(List.of(VersionState.PUBLISHED, VersionState.SUPERSEDED)))
                .containsExactly(Transition.SUPERSEDE);
        assertThat(ArticleInvariants.consequencesOfPublishing(List.of(VersionState.SUPERSEDED))).isEmpty();
    }

    @Test
    void versionsToSupersedeAreThePublishedOnes() {
        var published = TestVersion.in(VersionState.PUBLISHED);
        var older = TestVersion.in(VersionState.SUPERSEDED);
        var draft = new TestVersion(VersionState.DRAFT, "BZ", "bram", Optional.empty());

        assertThat(ArticleInvariants.versionsToSupersede(List.of(older, published, draft))).containsExactly(published);
    }
}
