package nl.gemeente.kms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.gemeente.kms.audit.application.AuditTrail;
import nl.gemeente.kms.schema.audit.AuditEntry;

/** Logins and failed logins in the audit trail, each in a transaction of its own. */
@ApplicationScoped
public class LoginAudit {

  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void loggedIn(String username) {
    audit.record(new AuditEntry(clock.instant(), username, "LOGIN", null, null, null, null, null));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void loggedInWithSingleSignOn(String username, String issuer) {
    audit.record(new AuditEntry(clock.instant(), username, "LOGIN", null, null, null, null, "single sign-on via " + issuer));
  }

  /** A refused single sign-on: the reason is the provider's or the token's, never a password. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void singleSignOnRefused(String username, String reason) {
    String who = username == null || username.isBlank() ? "(unknown)" : username;
    String why = reason == null ? "" : reason.substring(0, Math.min(200, reason.length()));
    audit.record(new AuditEntry(clock.instant(), who, "LOGIN_FAILED", null, null, null, null, "single sign-on: " + why));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void loginFailed(String username) {
    // the name as typed: it may be mistyped, but it is an employee's, never a citizen's
    String who = username == null || username.isBlank() ? "(blank)" : username.substring(0, Math.min(80, username.length()));
    audit.record(new AuditEntry(clock.instant(), who, "LOGIN_FAILED", null, null, null, null, null));
  }
}
