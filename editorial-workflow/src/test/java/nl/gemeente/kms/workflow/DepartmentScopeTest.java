package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DepartmentScopeTest {

    private static final Actor EDITOR_BZ = new Actor("bram", Set.of(Role.EDITOR), Set.of("BZ"));
    private static final Actor EDITOR_ELSEWHERE = new Actor("cor", Set.of(Role.EDITOR), Set.of("BELASTINGEN"));
    private static final Actor KM = new Actor("dirk", Set.of(Role.KNOWLEDGE_MANAGER), Set.of());
    private static final Actor AGENT = new Actor("eva", Set.of(Role.AGENT), Set.of("BZ"));
    private static final Actor ADMIN = new Actor("frank", Set.of(Role.ADMINISTRATOR), Set.of("BZ"));

    @Test
    void editorsAuthorForTheirOwnDepartmentsAndKnowledgeManagersForAll() {
        assertThat(DepartmentScope.canAuthor(EDITOR_BZ, "BZ")).isTrue();
        assertThat(DepartmentScope.canAuthor(EDITOR_BZ, "WMO")).isFalse();
        assertThat(DepartmentScope.canAuthor(KM, "WMO")).isTrue();
        assertThat(DepartmentScope.canAuthor(AGENT, "BZ")).isFalse();
        assertThat(DepartmentScope.canAuthor(ADMIN, "BZ")).isFalse();
        assertThat(DepartmentScope.canAuthor(Actor.SYSTEM, "BZ")).isFalse();
    }

    @Test
    void reviewersAreNeverTheAuthor() {
        assertThat(DepartmentScope.canReview(EDITOR_BZ, "BZ", "anna")).isTrue();
        assertThat(DepartmentScope.canReview(EDITOR_BZ, "BZ", "bram")).isFalse();
        assertThat(DepartmentScope.canReview(KM, "BZ", "anna")).isTrue();
        assertThat(DepartmentScope.canReview(KM, "BZ", "dirk")).isFalse();
        assertThat(DepartmentScope.canReview(EDITOR_ELSEWHERE, "BZ", "anna")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void everyoneSeesPublishedAndScheduledWhateverTheAudience(Audience audience) {
        for (Actor actor : Set.of(EDITOR_BZ, EDITOR_ELSEWHERE, KM, AGENT, ADMIN)) {
            assertThat(DepartmentScope.canSee(actor, "BZ", audience, VersionState.PUBLISHED)).isTrue();
            assertThat(DepartmentScope.canSee(actor, "BZ", audience, VersionState.SCHEDULED)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = VersionState.class, names = {"DRAFT", "IN_REVIEW", "APPROVED", "SUPERSEDED", "ARCHIVED"})
    void unpublishedWorkIsForItsOwnEditorsAndKnowledgeManagers(VersionState state) {
        assertThat(DepartmentScope.canSee(EDITOR_BZ, "BZ", Audience.INTERNAL, state)).isTrue();
        assertThat(DepartmentScope.canSee(KM, "BZ", Audience.PUBLIC, state)).isTrue();
        assertThat(DepartmentScope.canSee(EDITOR_ELSEWHERE, "BZ", Audience.INTERNAL, state)).isFalse();
        assertThat(DepartmentScope.canSee(AGENT, "BZ", Audience.INTERNAL, state)).isFalse();
        assertThat(DepartmentScope.canSee(ADMIN, "BZ", Audience.PUBLIC, state)).isFalse();
    }
}
