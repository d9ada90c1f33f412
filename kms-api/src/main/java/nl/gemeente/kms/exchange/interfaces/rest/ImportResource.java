package nl.gemeente.kms.exchange.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import nl.gemeente.kms.exchange.application.ImportJob;
import nl.gemeente.kms.exchange.application.ImportRequest;
import nl.gemeente.kms.exchange.application.ImportService;
import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.workflow.VersionState;

/**
 * Imports for administrators. The input is the request body (a zip of Markdown files, JSON Lines,
 * or a Rijksoverheid CSV): uploading needs no shared file system and gives nobody a way to make the
 * server read its own files. The response is 202 with the job to poll.
 */
@RequestScoped
@Path("admin/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class ImportResource {

  @Inject ImportService imports;
  @Inject CurrentActor actor;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response start(
      @QueryParam("format") String format,
      @QueryParam("department") String department,
      @QueryParam("as") @DefaultValue("published") String as,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    ExchangeFormat chosen = format(format, contentType);
    String fileName = name != null && !name.isBlank() ? name : "upload." + chosen.shortName();
    var request = new ImportRequest(chosen, blankToNull(department), target(as), dryRun, fileName);
    ImportJob job = imports.start(request, body, actor.get());
    return Response.accepted(ImportJobView.of(job, true))
        .location(uri.getBaseUriBuilder().path(ImportResource.class).path(job.id()).build())
        .build();
  }

  @GET
  @Path("{id}")
  public ImportJobView job(@PathParam("id") String id) {
    return ImportJobView.of(imports.job(id, actor.get()), true);
  }

  @GET
  public List<ImportJobView> recent() {
    return imports.recent(actor.get()).stream().map(job -> ImportJobView.of(job, false)).toList();
  }

  /** From {@code ?format=}, else from the content type the client sent. */
  private static ExchangeFormat format(String format, String contentType) {
    if (format != null) {
      return ExchangeFormat.byName(format).orElseThrow(() -> badRequest("format", "Give ?format= as md, jsonl or vac."));
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/zip")) {
      return ExchangeFormat.MARKDOWN;
    }
    if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")) {
      return ExchangeFormat.JSON_LINES;
    }
    if (type.startsWith("text/csv")) {
      return ExchangeFormat.VAC_CSV;
    }
    throw badRequest("format", "Say what the upload is: ?format=md|jsonl|vac, or Content-Type application/zip,"
        + " application/x-ndjson or text/csv.");
  }

  private static VersionState target(String as) {
    return switch (as.toLowerCase(Locale.ROOT)) {
      case "published" -> VersionState.PUBLISHED;
      case "draft" -> VersionState.DRAFT;
      default -> throw badRequest("as", "Import ?as=published (a migration) or ?as=draft (for review).");
    };
  }

  private static ProblemException badRequest(String field, String detail) {
    return new ProblemException(Problem.of("invalid-request", "Invalid request", 400, detail)
        .withErrors(List.of(new Problem.FieldProblem(field, "one-of", detail))));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
