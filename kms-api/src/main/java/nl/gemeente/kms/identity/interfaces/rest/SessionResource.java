package nl.gemeente.kms.identity.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.identity.infrastructure.oidc.OidcSettings;
import nl.gemeente.kms.identity.infrastructure.oidc.SingleSignOnLogin;
import nl.gemeente.kms.platform.web.CsrfFilter;
import nl.gemeente.kms.workflow.Actor;

/**
 * The login session. {@code POST} with Basic credentials starts it (the mechanism has already
 * authenticated the call), {@code GET} says who is logged in, {@code DELETE} ends it. With single
 * sign-on the browser starts at {@code GET oidc}; the mechanism sends it to the identity provider
 * and logs it in on the way back, after which these resources send it on to the web application.
 */
@RequestScoped
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  /** The logged-in employee, with what the UI needs to choose a workspace. */
  public record SessionView(String username, List<String> roles, List<String> departments, String csrfToken) {
    static SessionView of(Actor a, String csrfToken) {
      return new SessionView(
          a.username(),
          a.roles().stream().map(Enum::name).sorted().toList(),
          a.departments().stream().sorted().toList(),
          csrfToken);
    }
  }

  /** How one may log in here: the login page shows single sign-on only when it is configured. */
  public record LoginOptions(boolean singleSignOn, String singleSignOnUrl) {}

  @Inject CurrentActor actor;
  @Inject OidcSettings singleSignOn;

  @Context HttpServletRequest request;

  /** Also returns the token that state-changing calls on this session must send (CSRF). */
  @POST
  public SessionView login() {
    return SessionView.of(actor.get(), CsrfFilter.tokenFor(request));
  }

  @GET
  public SessionView current() {
    return SessionView.of(actor.get(), CsrfFilter.tokenFor(request));
  }

  /** Public (see web.xml): asked before anyone is logged in. */
  @GET
  @Path("options")
  public LoginOptions options() {
    return singleSignOn.enabled()
        ? new LoginOptions(true, SingleSignOnLogin.START)
        : new LoginOptions(false, null);
  }

  /** Reached only when already logged in: the mechanism answers it for everyone else. */
  @GET
  @Path("oidc")
  public Response singleSignOn() {
    return toTheWebApplication();
  }

  /** The identity provider's redirect back, after the mechanism has logged the employee in. */
  @GET
  @Path("oidc/callback")
  public Response singleSignOnDone() {
    return toTheWebApplication();
  }

  private Response toTheWebApplication() {
    // a header of our own: JAX-RS would resolve "/" against the API's base URI (/api/), and a
    // relative reference keeps working behind a proxy that rewrites the host
    return Response.status(Response.Status.SEE_OTHER).header("Location", request.getContextPath() + "/").build();
  }

  @DELETE
  public Response logout() throws ServletException {
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    return Response.noContent().build();
  }
}
