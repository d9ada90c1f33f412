package nl.gemeente.kms.notification.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.schema.notification.SubscriptionKind;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.Role;

/**
 * Who hears of a change to an article.
 *
 * <ul>
 *   <li>A review request goes to the editors of the article's department: they follow their
 *       department's review queue without subscribing.
 *   <li>A publication or a scheduled change goes to everyone who follows the article, its
 *       department or one of its topics; a {@link ChangeLevel#MAJOR} one also to every agent,
 *       because it changes the answer citizens get.
 *   <li>A scheduled change that is called off goes to the same people as its announcement did:
 *       whoever was told that it was coming is told that it is not.
 *   <li>A withdrawal goes to the followers and to every agent: an answer that is gone must not be
 *       given any more, whatever the size of the last change was.
 * </ul>
 *
 * Nobody is told about their own step, and only active employees are told anything.
 */
public final class RecipientRules {

  private RecipientRules() {}

  /** An active employee, as far as notifications are concerned. */
  public record Member(String username, Set<Role> roles, Set<String> departments) {
    public Member {
      Objects.requireNonNull(username, "username");
      roles = Set.copyOf(roles);
      departments = Set.copyOf(departments);
    }
  }

  /** One explicit subscription; topics are compared without regard to case. */
  public record Follow(String username, SubscriptionKind kind, String target) {}

  /** A change to an article: its kind, what it touches, how big it is and who made it. */
  public record Change(
      NotificationType type, long articleId, String department, Set<String> topics, ChangeLevel level, String actor) {
    public Change {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(department, "department");
      topics = topics.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
  }

  public static SortedSet<String> recipients(Change change, Collection<Member> members, Collection<Follow> follows) {
    Set<String> active = members.stream().map(Member::username).collect(Collectors.toSet());
    SortedSet<String> result = new TreeSet<>();
    switch (change.type()) {
      case REVIEW_REQUESTED ->
          members.stream()
              .filter(m -> m.roles().contains(Role.EDITOR) && m.departments().contains(change.department()))
              .forEach(m -> result.add(m.username()));
      case PUBLISHED, SCHEDULED, SCHEDULE_CANCELLED -> {
        addFollowers(change, follows, active, result);
        if (change.level() == ChangeLevel.MAJOR) {
          addAgents(members, result);
        }
      }
      case ARCHIVED -> {
        addFollowers(change, follows, active, result);
        addAgents(members, result);
      }
      // reminders go to whoever has not confirmed yet, which is no rule about the change
      case REMINDER -> {}
    }
    result.remove(change.actor());
    return result;
  }

  /** What someone follows without subscribing: what the rules above give them by their roles. */
  public record AutomaticFollow(String kind, String target, String description) {}

  public static List<AutomaticFollow> automaticFollows(Set<Role> roles, Set<String> departments) {
    List<AutomaticFollow> result = new ArrayList<>();
    if (roles.contains(Role.AGENT)) {
      result.add(new AutomaticFollow("MAJOR_CHANGES", null, "Alle belangrijke wijzigingen en intrekkingen"));
    }
    if (roles.contains(Role.EDITOR)) {
      departments.stream().sorted().forEach(d ->
          result.add(new AutomaticFollow("REVIEW_QUEUE", d, "Reviewverzoeken van afdeling " + d)));
    }
    return List.copyOf(result);
  }

  static boolean follows(Follow follow, Change change) {
    return switch (follow.kind()) {
      case DEPARTMENT -> follow.target().equals(change.department());
      case TOPIC -> change.topics().contains(follow.target().toLowerCase(Locale.ROOT));
      case ARTICLE -> follow.target().equals(Long.toString(change.articleId()));
    };
  }

  private static void addFollowers(Change change, Collection<Follow> follows, Set<String> active, Set<String> result) {
    follows.stream()
        .filter(f -> follows(f, change))
        .map(Follow::username)
        .filter(active::contains)
        .forEach(result::add);
  }

  private static void addAgents(Collection<Member> members, Set<String> result) {
    members.stream().filter(m -> m.roles().contains(Role.AGENT)).forEach(m -> result.add(m.username()));
  }
}
