package nl.gemeente.kms.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.gemeente.kms.notification.application.RecipientRules.Change;
import nl.gemeente.kms.notification.application.RecipientRules.Follow;
import nl.gemeente.kms.notification.application.RecipientRules.Member;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.schema.notification.SubscriptionKind;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.Role;
import org.junit.jupiter.api.Test;

class RecipientRulesTest {

  private static final List<Member> MEMBERS = List.of(
      new Member("anna", Set.of(Role.AGENT), Set.of()),
      new Member("kees", Set.of(Role.AGENT), Set.of()),
      new Member("bert", Set.of(Role.EDITOR), Set.of("burgerzaken")),
      new Member("bea", Set.of(Role.EDITOR), Set.of("burgerzaken")),
      new Member("ben", Set.of(Role.EDITOR), Set.of("belastingen")),
      new Member("karin", Set.of(Role.KNOWLEDGE_MANAGER), Set.of()));

  private static Change change(NotificationType type, ChangeLevel level, String actor) {
    return new Change(type, 42, "burgerzaken", Set.of("Reisdocumenten"), level, actor);
  }

  @Test
  void aMajorPublicationReachesEveryAgentAndTheFollowersButNotThePublisher() {
    var follows = List.of(
        new Follow("ben", SubscriptionKind.DEPARTMENT, "burgerzaken"),
        new Follow("karin", SubscriptionKind.ARTICLE, "42"),
        new Follow("bea", SubscriptionKind.DEPARTMENT, "burgerzaken"));

    var recipients = RecipientRules.recipients(change(NotificationType.PUBLISHED, ChangeLevel.MAJOR, "bea"), MEMBERS, follows);

    assertThat(recipients).containsExactly("anna", "ben", "karin", "kees");
  }

  @Test
  void aMinorPublicationReachesOnlyFollowers() {
    var follows = List.of(new Follow("ben", SubscriptionKind.TOPIC, "reisdocumenten"));

    assertThat(RecipientRules.recipients(change(NotificationType.PUBLISHED, ChangeLevel.MINOR, "bea"), MEMBERS, follows))
        .containsExactly("ben");
    assertThat(RecipientRules.recipients(change(NotificationType.PUBLISHED, ChangeLevel.MINOR, "bea"), MEMBERS, List.of()))
        .isEmpty();
  }

  @Test
  void followsOfOtherDepartmentsTopicsOrArticlesDoNotMatch() {
    var follows = List.of(
        new Follow("ben", SubscriptionKind.DEPARTMENT, "belastingen"),
        new Follow("karin", SubscriptionKind.ARTICLE, "7"),
        new Follow("bert", SubscriptionKind.TOPIC, "afval"));

    assertThat(RecipientRules.recipients(change(NotificationType.SCHEDULED, ChangeLevel.MINOR, "bea"), MEMBERS, follows))
        .isEmpty();
  }

  @Test
  void aWithdrawalReachesAgentsWhateverTheLastChangeLevel() {
    assertThat(RecipientRules.recipients(change(NotificationType.ARCHIVED, ChangeLevel.MINOR, "bert"), MEMBERS, List.of()))
        .containsExactly("anna", "kees");
  }

  @Test
  void aCalledOffPlanReachesWhoeverItsAnnouncementReached() {
    var follows = List.of(new Follow("ben", SubscriptionKind.TOPIC, "reisdocumenten"));

    for (ChangeLevel level : ChangeLevel.values()) {
      assertThat(RecipientRules.recipients(change(NotificationType.SCHEDULE_CANCELLED, level, "bea"), MEMBERS, follows))
          .as(level.name())
          .isEqualTo(RecipientRules.recipients(change(NotificationType.SCHEDULED, level, "bea"), MEMBERS, follows));
    }
    assertThat(RecipientRules.recipients(change(NotificationType.SCHEDULE_CANCELLED, ChangeLevel.MAJOR, "bea"), MEMBERS, follows))
        .containsExactly("anna", "ben", "kees");
    assertThat(RecipientRules.recipients(change(NotificationType.SCHEDULE_CANCELLED, ChangeLevel.MINOR, "bea"), MEMBERS, follows))
        .containsExactly("ben");
  }

  @Test
  void aReviewRequestReachesTheOtherEditorsOfTheDepartmentOnly() {
    var follows = List.of(new Follow("anna", SubscriptionKind.DEPARTMENT, "burgerzaken"));

    assertThat(RecipientRules.recipients(change(NotificationType.REVIEW_REQUESTED, null, "bert"), MEMBERS, follows))
        .containsExactly("bea");
  }

  @Test
  void inactiveFollowersHearNothing() {
    var follows = List.of(new Follow("left.the.building", SubscriptionKind.ARTICLE, "42"));

    assertThat(RecipientRules.recipients(change(NotificationType.PUBLISHED, ChangeLevel.MINOR, "bea"), MEMBERS, follows))
        .isEmpty();
  }

  @Test
  void theSchedulerIsNobodyToExclude() {
    assertThat(RecipientRules.recipients(change(NotificationType.PUBLISHED, ChangeLevel.MAJOR, "system"), MEMBERS, List.of()))
        .containsExactly("anna", "kees");
  }

  @Test
  void automaticFollowsFollowFromTheRoles() {
    assertThat(RecipientRules.automaticFollows(Set.of(Role.AGENT), Set.of()))
        .extracting(RecipientRules.AutomaticFollow::kind).containsExactly("MAJOR_CHANGES");
    assertThat(RecipientRules.automaticFollows(Set.of(Role.EDITOR), Set.of("wmo", "afval")))
        .extracting(RecipientRules.AutomaticFollow::target).containsExactly("afval", "wmo");
    assertThat(RecipientRules.automaticFollows(Set.of(Role.ADMINISTRATOR), Set.of())).isEmpty();
  }
}
