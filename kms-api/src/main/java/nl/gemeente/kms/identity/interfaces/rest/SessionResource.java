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
import nl.gemeente.kms.workflow.Actor;

/**
 * The login session. {@code POST} with Basic credentials starts it (the mechanism has already
 * authenticated the call), {@code GET} says who is logged in, {@code DELETE} ends it.
 */
@RequestScoped
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  /** The logged-in employee, with what the UI needs to choose a workspace. */
  public record SessionView(String username, List<String> roles, List<String> departments) {
    static SessionView of(Actor a) {
      return new SessionView(
          a.username(),
          a.roles().stream().map(Enum::name).sorted().toList(),
          a.departments().stream().sorted().toList());
    }
  }

  @Inject CurrentActor actor;

  @POST
  public SessionView login() {
    return SessionView.of(actor.get());
  }

  @GET
  public SessionView current() {
    return SessionView.of(actor.get());
  }

  @DELETE
  public Response logout(@Context HttpServletRequest request) throws ServletException {
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    return Response.noContent().build();
  }
}
