package nl.gemeente.kms.platform.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.gemeente.kms.exchange.application.ImportRefused;

/** An import that was not started: too large (413), another one running (409), or an unknown job (404). */
@Provider
public class ImportRefusedMapper implements ExceptionMapper<ImportRefused> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ImportRefused e) {
    Problem problem = switch (e.reason()) {
      case TOO_LARGE -> Problem.of("upload-too-large", "Upload too large", 413, e.getMessage());
      case ALREADY_RUNNING -> Problem.of("import-running", "Another import is running", 409, e.getMessage());
      case UNKNOWN_JOB -> Problem.of("not-found", "Not found", 404, e.getMessage());
    };
    return problem.at(uri == null ? null : "/" + uri.getPath()).toResponse();
  }
}
