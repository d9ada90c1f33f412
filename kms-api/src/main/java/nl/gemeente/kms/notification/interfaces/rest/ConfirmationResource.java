package nl.gemeente.kms.notification.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.notification.application.ConfirmationService;
import nl.gemeente.kms.notification.application.ConfirmationService.Statistics;
import nl.gemeente.kms.notification.interfaces.rest.NotificationViews.RemindersView;

/**
 * Who has read and understood a major change; for knowledge managers and the editors of the
 * owning department, who can also remind the others.
 */
@RequestScoped
@Path("articles/{id}/versions/{n}/confirmations")
@Produces(MediaType.APPLICATION_JSON)
public class ConfirmationResource {

  @Inject ConfirmationService confirmations;
  @Inject CurrentActor actor;

  @GET
  public Statistics statistics(@PathParam("id") long id, @PathParam("n") int n) {
    return confirmations.statistics(id, n, actor.get());
  }

  @POST
  @Path("reminders")
  public RemindersView remind(@PathParam("id") long id, @PathParam("n") int n) {
    var reminded = confirmations.remind(id, n, actor.get());
    return new RemindersView(reminded.size(), reminded);
  }
}
