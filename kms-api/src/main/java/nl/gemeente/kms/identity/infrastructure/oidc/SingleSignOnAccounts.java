package nl.gemeente.kms.identity.infrastructure.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.gemeente.kms.identity.application.AccountChanged;
import nl.gemeente.kms.identity.infrastructure.UserDirectory;
import nl.gemeente.kms.schema.identity.UserAccount;

/**
 * Keeps the user directory in step with the identity provider: the first sign-on creates the
 * employee's account, every later one replaces its roles and departments with the token's. The
 * rest of the KMS therefore reads one model, whichever way the employee logged in.
 */
@ApplicationScoped
public class SingleSignOnAccounts {

  private static final Logger LOG = Logger.getLogger(SingleSignOnAccounts.class.getName());

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<AccountChanged> changed;

  /** The account as it is after this sign-on; empty when an administrator has deactivated it. */
  @Transactional
  public Optional<UserAccount> adopt(ClaimedIdentity identity) {
    Set<String> departments = knownDepartments(identity);
    // as the database has it: a deactivation made there must refuse this sign-on
    UserAccount account = em.find(UserAccount.class, identity.username(), UserDirectory.FROM_THE_DATABASE);
    if (account == null) {
      account = UserAccount.fromSingleSignOn(
          identity.username(), identity.displayName(), identity.roles(), departments, clock.instant());
      em.persist(account);
    } else if (!account.isActive()) {
      return Optional.empty();
    } else {
      account.adoptSingleSignOnClaims(identity.displayName(), identity.roles(), departments);
    }
    // the requests after this sign-on see the roles it brought, once it committed
    changed.fire(new AccountChanged(identity.username()));
    UserAccount adopted = account;
    identity.email().ifPresent(adopted::changeEmail);
    return Optional.of(adopted);
  }

  private Set<String> knownDepartments(ClaimedIdentity identity) {
    Set<String> known = new HashSet<>(em.createQuery(
            "select d.code from Department d where d.code in :codes", String.class)
        .setParameter("codes", identity.departments().isEmpty() ? Set.of("") : identity.departments())
        .getResultList());
    if (known.size() < identity.departments().size()) {
      // a group of the provider that is no KMS department: worth a line for whoever maps the claims
      Set<String> unknown = new HashSet<>(identity.departments());
      unknown.removeAll(known);
      LOG.info(() -> "single sign-on of " + identity.username() + ": departments not in the KMS ignored: " + unknown);
    }
    return known;
  }
}
