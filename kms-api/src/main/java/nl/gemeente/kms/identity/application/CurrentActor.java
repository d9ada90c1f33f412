package nl.gemeente.kms.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import nl.gemeente.kms.identity.infrastructure.UserDirectory;
import nl.gemeente.kms.workflow.Actor;

/**
 * The authenticated employee of this request as an {@link Actor}. Roles and departments are read
 * from the user directory, not trusted from the client, so a permission change applies within
 * seconds ({@link UserDirectory#actor}).
 */
@RequestScoped
public class CurrentActor {

  @Inject jakarta.security.enterprise.SecurityContext security;
  @Inject UserDirectory directory;

  private Actor actor;

  public Actor get() {
    if (actor == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        throw new NotAuthorizedException("Bearer");
      }
      // the login of this request asked the directory a moment ago; this is answered from its memory
      actor = directory.actor(principal.getName()).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
    return actor;
  }

  /** For resources that only need the name (e.g. to mark their own reports). */
  public String username() {
    return get().username();
  }

}
