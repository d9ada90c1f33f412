package nl.gemeente.kms.platform.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.gemeente.kms.audit.application.AuditTrail;
import java.util.Map;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.platform.schedule.PublicationScheduler;
import nl.gemeente.kms.platform.time.AdjustableClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Operations for administrators: run the publication scheduler now; move time in test deployments. */
@RequestScoped
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMINISTRATOR", "KNOWLEDGE_MANAGER"})
public class AdminResource {

  @Inject PublicationScheduler scheduler;
  @Inject AdjustableClock clock;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "kms.test.clock", defaultValue = "false")
  boolean testClock;

  /** A moment to move the application clock to. */
  public record ClockRequest(Instant now) {}

  @POST
  @Path("scheduler/run")
  public Map<String, Integer> runScheduler() {
    return Map.of("changed", scheduler.runDue());
  }

  /** One line of the audit export. */
  public record AuditLine(Instant at, String actor, String action, Long articleId, Integer version,
      String fromState, String toState, String remark) {}

  /** The audit trail of the last {@code days} days (the newest 50,000 lines at most), for administrators. */
  @GET
  @Path("audit")
  @RolesAllowed("ADMINISTRATOR")
  public List<AuditLine> audit(@QueryParam("days") @DefaultValue("7") @Min(1) @Max(366) int days) {
    Instant to = clock.instant().plus(1, ChronoUnit.MINUTES);
    return audit.between(to.minus(days, ChronoUnit.DAYS), to, 50_000).stream()
        .map(e -> new AuditLine(e.occurredAt(), e.actor(), e.action(), e.articleId(), e.versionNumber(),
            e.fromState(), e.toState(), e.remark()))
        .toList();
  }

  /** Only in a deployment started with KMS_TEST_CLOCK=true: the edge of the world tests may fake. */
  @PUT
  @Path("clock")
  @RolesAllowed("ADMINISTRATOR")
  public Map<String, String> moveClock(ClockRequest request) {
    if (!testClock) {
      throw new ProblemException(Problem.of("not-found", "Not found", 404, "There is no adjustable clock here."));
    }
    if (request == null || request.now() == null) {
      clock.reset();
    } else {
      clock.moveTo(request.now());
    }
    return Map.of("now", clock.instant().toString());
  }
}
