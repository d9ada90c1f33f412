package nl.gemeente.kms.report.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.report.application.InvalidReport;
import nl.gemeente.kms.report.application.ReportNotFound;

/** Problem responses for the report services' own failures; workflow refusals go through DomainProblemMapper. */
public final class ReportProblemMappers {

  private ReportProblemMappers() {}

  private static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath();
  }

  @Provider
  public static class InvalidReportMapper implements ExceptionMapper<InvalidReport> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(InvalidReport e) {
      return Problem.of("invalid-report", "Invalid report", 400, "The report has invalid fields; nothing was saved.")
          .withErrors(e.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.rule(), f.message())).toList())
          .at(path(uri))
          .toResponse();
    }
  }

  @Provider
  public static class ReportNotFoundMapper implements ExceptionMapper<ReportNotFound> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ReportNotFound e) {
      return Problem.of("not-found", "Not found", 404, e.getMessage()).at(path(uri)).toResponse();
    }
  }
}
