package nl.gemeente.kms.exchange.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.kms.exchange.application.ExportService;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;

/**
 * Exports for administrators and knowledge managers: {@code ?format=jsonl} (every version; {@code
 * &audit=true} adds the audit trail) or {@code ?format=md} (a zip of the published content), of the
 * whole knowledge base or {@code ?department=}. The response streams as it is written.
 */
@RequestScoped
@Path("admin/exports")
@RolesAllowed({"ADMINISTRATOR", "KNOWLEDGE_MANAGER"})
public class ExportResource {

  @Inject ExportService exports;
  @Inject CurrentActor actor;
  @Inject Clock clock;

  @GET
  public Response export(
      @QueryParam("format") @DefaultValue("jsonl") String format,
      @QueryParam("department") String department,
      @QueryParam("audit") @DefaultValue("false") boolean audit) {
    String scope = department == null || department.isBlank() ? null : department.strip();
    exports.checkMayExport(scope, actor.get());
    String name = "kms-" + (scope == null ? "alle-afdelingen" : scope) + "-" + LocalDate.now(clock);
    StreamingOutput body;
    String type;
    switch (format) {
      case "jsonl" -> {
        body = out -> exports.jsonLines(scope, audit, out);
        type = "application/x-ndjson";
        name += ".jsonl";
      }
      case "md" -> {
        body = out -> exports.markdownZip(scope, out);
        type = "application/zip";
        name += ".zip";
      }
      default -> throw new ProblemException(Problem.of("invalid-request", "Invalid request", 400,
          "Give ?format= as jsonl or md.").withErrors(List.of(new Problem.FieldProblem("format", "one-of", "jsonl or md"))));
    }
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
  }
}
