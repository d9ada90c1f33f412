package nl.gemeente.kms.notification.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.gemeente.kms.notification.application.DigestService;
import nl.gemeente.kms.notification.application.DigestService.DeliveryReport;

/**
 * Mails a week's digests now, for administrators (the weekly job does it on Monday morning).
 * Triggering it twice is harmless: whoever already got the week's digest does not get it again.
 */
@RequestScoped
@Path("admin/digests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class DigestAdminResource {

  @Inject DigestService digests;

  @POST
  @Path("{week}/send")
  public DeliveryReport send(@PathParam("week") String week) {
    return digests.send(DigestResource.week(week));
  }
}
