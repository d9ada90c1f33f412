package nl.gemeente.kms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.gemeente.kms.identity.application.AccountChanged;
import nl.gemeente.kms.schema.identity.UserAccount;
import nl.gemeente.kms.workflow.Actor;

/** Employees as stored in the database: accounts, roles and department memberships. */
@ApplicationScoped
public class UserDirectory {

  /** How long who-someone-is may be a moment old (ADR 0011). */
  static final Duration FRESH = Duration.ofSeconds(5);

  /**
   * Past the shared cache to the database, and that cache refreshed: a change made on another node,
   * or straight in the database, must count within {@link #FRESH}.
   */
  public static final Map<String, Object> FROM_THE_DATABASE = Map.of(
      "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
      "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  private final RecentActors recent = new RecentActors(FRESH, System::nanoTime);

  /** The account as the database holds it now (a password login checks it; that costs far more anyway). */
  public Optional<UserAccount> find(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username, FROM_THE_DATABASE));
  }

  /** The active employee of that name as they are now, give or take {@link #FRESH}; empty when deactivated. */
  public Optional<Actor> actor(String username) {
    return recent.get(username, this::read);
  }

  /** After the change committed (not before: a read in between would keep the old account). */
  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    recent.forget(change.username());
  }

  private Optional<Actor> read(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username, FROM_THE_DATABASE))
        .filter(UserAccount::isActive)
        .map(u -> new Actor(u.username(), u.roles(), u.departments()));
  }
}
