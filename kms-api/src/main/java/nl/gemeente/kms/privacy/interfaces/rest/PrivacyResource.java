package nl.gemeente.kms.privacy.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.privacy.application.PersonalDataService;
import nl.gemeente.kms.privacy.application.PersonalDataService.Removal;
import nl.gemeente.kms.privacy.application.SearchLogRetention;

/**
 * Personal data requests of employees, handled by an administrator: export everything about one
 * employee as JSON, or remove it. And the search log retention job, run now.
 */
@RequestScoped
@Path("admin/privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class PrivacyResource {

  private static final String USERNAME = "[A-Za-z0-9._@-]{1,80}";

  @Inject PersonalDataService personalData;
  @Inject SearchLogRetention retention;
  @Inject CurrentActor actor;

  @GET
  @Path("employees/{username}")
  public Map<String, Object> export(@PathParam("username") @Pattern(regexp = USERNAME) String username) {
    return personalData.export(username, actor.get());
  }

  @DELETE
  @Path("employees/{username}")
  public Removal remove(@PathParam("username") @Pattern(regexp = USERNAME) String username) {
    if (username.equals(actor.username())) {
      // someone must be left who can still administer; another administrator removes this account
      throw new ProblemException(Problem.of("conflict", "Conflict", 409, "Administrators cannot remove their own data."));
    }
    return personalData.remove(username, actor.get());
  }

  @POST
  @Path("search-log-retention/run")
  public Map<String, Object> runRetention() {
    return Map.of("deleted", retention.purge(), "retentionDays", retention.retention().toDays());
  }
}
