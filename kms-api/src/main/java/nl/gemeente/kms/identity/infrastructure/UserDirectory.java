package nl.gemeente.kms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.gemeente.kms.schema.identity.UserAccount;
import nl.gemeente.kms.workflow.Actor;

/** Employees as stored in the database: accounts, roles and department memberships. */
@ApplicationScoped
public class UserDirectory {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  public Optional<UserAccount> find(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username));
  }

  public Optional<Actor> actor(String username) {
    return find(username)
        .filter(UserAccount::isActive)
        .map(u -> new Actor(u.username(), u.roles(), u.departments()));
  }
}
