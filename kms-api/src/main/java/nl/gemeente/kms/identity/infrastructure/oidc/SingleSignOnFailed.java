package nl.gemeente.kms.identity.infrastructure.oidc;

/** A sign-on that must not log anyone in; the message is for the log, not for the browser. */
public class SingleSignOnFailed extends RuntimeException {

  public SingleSignOnFailed(String reason) {
    super(reason);
  }

  public SingleSignOnFailed(String reason, Throwable cause) {
    super(reason, cause);
  }
}
