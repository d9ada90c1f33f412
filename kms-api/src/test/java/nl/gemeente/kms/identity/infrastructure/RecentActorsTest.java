package nl.gemeente.kms.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.Role;
import org.junit.jupiter.api.Test;

class RecentActorsTest {

  // starts far below zero: nanoTime may, and the cache must only ever subtract
  private final AtomicLong nanos = new AtomicLong(Long.MIN_VALUE + 1);
  private final RecentActors recent = new RecentActors(Duration.ofSeconds(5), nanos::get);
  private final List<String> reads = new ArrayList<>();
  private Optional<Actor> directory = Optional.of(new Actor("anna", Set.of(Role.AGENT), Set.of()));

  private Optional<Actor> read(String username) {
    reads.add(username);
    return directory;
  }

  @Test
  void readsTheDirectoryOnceWhileTheAnswerIsFresh() {
    recent.get("anna", this::read);
    nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
    assertThat(recent.get("anna", this::read)).map(Actor::roles).contains(Set.of(Role.AGENT));
    assertThat(reads).containsExactly("anna");
  }

  @Test
  void aChangeInTheDirectoryCountsOnceTheAnswerIsFiveSecondsOld() {
    recent.get("anna", this::read);
    directory = Optional.of(new Actor("anna", Set.of(Role.AGENT, Role.EDITOR), Set.of("wmo")));
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    assertThat(recent.get("anna", this::read)).map(Actor::roles).contains(Set.of(Role.AGENT, Role.EDITOR));
  }

  @Test
  void aDeactivatedEmployeeStaysAwayUntilTheDirectorySaysOtherwise() {
    directory = Optional.empty();
    assertThat(recent.get("anna", this::read)).isEmpty();
    assertThat(recent.get("anna", this::read)).isEmpty();
    assertThat(reads).hasSize(1);
  }

  @Test
  void aForgottenEmployeeIsReadAgainAtOnce() {
    recent.get("anna", this::read);
    directory = Optional.empty();
    recent.forget("anna");
    assertThat(recent.get("anna", this::read)).isEmpty();
    assertThat(reads).containsExactly("anna", "anna");
  }

  @Test
  void keepsAtMostItsLimitOfEmployees() {
    for (int i = 0; i <= RecentActors.MAX_ENTRIES; i++) {
      recent.get("employee" + i, u -> Optional.empty());
    }
    recent.get("anna", this::read);
    recent.get("employee0", this::read);
    assertThat(reads).containsExactly("anna", "employee0");
  }

  @Test
  void aReadThatBeganBeforeAChangeDoesNotOutliveTheForgetThatFollowedIt() {
    // the read starts, the change commits and is forgotten while the read is still under way
    Optional<Actor> before = recent.get("anna", u -> {
      Optional<Actor> old = read(u);
      directory = Optional.empty();
      recent.forget("anna");
      return old;
    });
    assertThat(before).isPresent();
    assertThat(recent.get("anna", this::read)).isEmpty();
  }

  @Test
  void aFullMemoryIsNotEmptiedByRefreshingSomeoneItAlreadyHolds() {
    for (int i = 0; i < RecentActors.MAX_ENTRIES - 1; i++) {
      recent.get("employee" + i, u -> Optional.empty());
    }
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    recent.get("anna", this::read);
    recent.get("employee0", u -> Optional.empty());
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    recent.get("anna", this::read);
    assertThat(reads).containsExactly("anna");
  }
}
