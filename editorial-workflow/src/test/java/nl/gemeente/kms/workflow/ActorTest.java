package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void systemIsTheSchedulerWithoutRoles() {
        assertThat(Actor.SYSTEM.username()).isEqualTo("system");
        assertThat(Actor.SYSTEM.roles()).isEmpty();
        assertThat(Actor.SYSTEM.isSystem()).isTrue();
        assertThat(new Actor("system", Set.of(), Set.of()).isSystem()).isFalse();
    }

    @Test
    void answersRoleAndMembershipQuestions() {
        var actor = new Actor("bram", Set.of(Role.EDITOR), Set.of("BZ"));
        assertThat(actor.has(Role.EDITOR)).isTrue();
        assertThat(actor.has(Role.KNOWLEDGE_MANAGER)).isFalse();
        assertThat(actor.isMemberOf("BZ")).isTrue();
        assertThat(actor.isMemberOf("WMO")).isFalse();
    }

    @Test
    void copiesItsSets() {
        Set<Role> roles = new HashSet<>(Set.of(Role.AGENT));
        var actor = new Actor("eva", roles, Set.of());
        roles.add(Role.KNOWLEDGE_MANAGER);
        assertThat(actor.has(Role.KNOWLEDGE_MANAGER)).isFalse();
    }

    @Test
    void needsAUsername() {
        assertThatThrownBy(() -> new Actor(" ", Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(null, Set.of(), Set.of())).isInstanceOf(NullPointerException.class);
    }
}
