package nl.gemeente.kms.platform.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything not mapped elsewhere. JAX-RS's own HTTP errors keep their status; malformed JSON is a
 * 400; anything else is a 500 that shows only a reference, with the stack trace in the log under it.
 */
@Provider
public class FallbackProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackProblemMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    Problem problem = classify(e);
    return problem.at(uri == null ? null : "/" + uri.getPath()).toResponse();
  }

  private Problem classify(Throwable e) {
    if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      int status = w.getResponse().getStatus();
      if (isJsonProblem(e)) {
        return malformedJson();
      }
      String title = w.getResponse().getStatusInfo().getReasonPhrase();
      return Problem.of("http-" + status, title, status, title + ".");
    }
    if (isJsonProblem(e)) {
      LOG.fine(() -> "Malformed request body: " + e);
      return malformedJson();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
    return Problem.of("internal", "Something went wrong", 500, "Something went wrong. Reference " + reference + ".")
        .withReference(reference);
  }

  private static boolean isJsonProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  private static Problem malformedJson() {
    return Problem.of("malformed-json", "Malformed JSON", 400, "The request body is not valid JSON of the expected shape.");
  }
}
