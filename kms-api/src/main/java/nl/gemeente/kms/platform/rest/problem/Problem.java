package nl.gemeente.kms.platform.rest.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URI per kind of problem so clients can
 * branch on it; {@code errors} names each invalid field with the rule it broke.
 */
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldProblem> errors,
    List<String> allowedTransitions,
    String reference) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  private static final String BASE = "https://kms.gemeente.nl/problems/";

  /** One invalid field: its JSON path, the rule it broke, and a sentence for the person. */
  public record FieldProblem(String field, String rule, String message) {}

  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem(URI.create(BASE + slug), title, status, detail, null, null, null, null);
  }

  public Problem withErrors(List<FieldProblem> fieldErrors) {
    return new Problem(type, title, status, detail, instance, fieldErrors, allowedTransitions, reference);
  }

  public Problem withAllowedTransitions(List<String> allowed) {
    return new Problem(type, title, status, detail, instance, errors, allowed, reference);
  }

  public Problem withReference(String ref) {
    return new Problem(type, title, status, detail, instance, errors, allowedTransitions, ref);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors, allowedTransitions, reference);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
