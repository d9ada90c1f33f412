package nl.gemeente.kms.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gemeente.kms.notification.application.RecipientDirectory;
import nl.gemeente.kms.notification.application.RecipientRules.Member;
import nl.gemeente.kms.schema.identity.UserAccount;

/** Reads the employees from the identity tables; a municipality has hundreds, not millions. */
@ApplicationScoped
@Transactional
public class JpaRecipientDirectory implements RecipientDirectory {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Override
  public List<Member> activeMembers() {
    return active().stream().map(u -> new Member(u.username(), u.roles(), u.departments())).toList();
  }

  @Override
  public Map<String, String> displayNames(Collection<String> usernames) {
    return accounts(usernames).stream().collect(Collectors.toMap(UserAccount::username, UserAccount::displayName));
  }

  @Override
  public Map<String, String> emailAddresses(Collection<String> usernames) {
    return accounts(usernames).stream()
        .filter(UserAccount::isActive)
        .filter(u -> u.email().isPresent())
        .collect(Collectors.toMap(UserAccount::username, u -> u.email().orElseThrow()));
  }

  private List<UserAccount> active() {
    return em.createQuery("select u from UserAccount u where u.active = true", UserAccount.class).getResultList();
  }

  private List<UserAccount> accounts(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select u from UserAccount u where u.username in :names", UserAccount.class)
        .setParameter("names", List.copyOf(usernames))
        .getResultList();
  }
}
