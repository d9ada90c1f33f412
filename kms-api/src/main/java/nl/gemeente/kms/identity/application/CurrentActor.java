package nl.gemeente.kms.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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

  private static final String ATTRIBUTE = CurrentActor.class.getName();

  @Inject jakarta.security.enterprise.SecurityContext security;
  @Inject UserDirectory directory;
  @Inject HttpServletRequest request;

  private Actor actor;

  /** The employee as the login of this request just read them from the directory: read once, not twice. */
  public static void remember(HttpServletRequest request, Actor employee) {
    request.setAttribute(ATTRIBUTE, employee);
  }

  public Actor get() {
    if (actor == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        throw new NotAuthorizedException("Bearer");
      }
      actor = request.getAttribute(ATTRIBUTE) instanceof Actor remembered && remembered.username().equals(principal.getName())
          ? remembered
          : directory.actor(principal.getName()).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
    return actor;
  }

  /** For resources that only need the name (e.g. to mark their own reports). */
  public String username() {
    return get().username();
  }

}
