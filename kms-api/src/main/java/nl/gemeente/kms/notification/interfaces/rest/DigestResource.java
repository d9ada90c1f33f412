package nl.gemeente.kms.notification.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.notification.application.Digest;
import nl.gemeente.kms.notification.application.DigestService;
import nl.gemeente.kms.notification.application.IsoWeek;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.workflow.EditorialWorkflow;

/** The caller's own weekly digest: {@code ?week=2026-W48}, or this week without it. */
@RequestScoped
@Path("digest")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

  @Inject DigestService digests;
  @Inject CurrentActor actor;
  @Inject Clock clock;

  @GET
  public Digest digest(@QueryParam("week") String week) {
    IsoWeek parsed = week == null || week.isBlank()
        ? IsoWeek.containing(LocalDate.now(clock.withZone(EditorialWorkflow.ZONE)))
        : week(week);
    return digests.digestFor(actor.username(), parsed);
  }

  static IsoWeek week(String text) {
    try {
      return IsoWeek.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.of("invalid-request", "Invalid request", 400, e.getMessage())
          .withErrors(List.of(new Problem.FieldProblem("week", "iso-week", e.getMessage()))));
    }
  }
}
