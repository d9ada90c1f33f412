package nl.gemeente.kms.platform.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation failures on request bodies and parameters: 400 with one entry per field. */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldProblem> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldProblem(field(v), rule(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldProblem::field))
            .toList();
    return Problem.of("invalid-request", "Invalid request", 400, "The request has invalid fields.")
        .withErrors(errors)
        .at(uri == null ? null : "/" + uri.getPath())
        .toResponse();
  }

  /** The JSON field name: the last bean property of the path (skips method and parameter nodes). */
  private static String field(ConstraintViolation<?> v) {
    List<Path.Node> nodes = StreamSupport.stream(v.getPropertyPath().spliterator(), false).toList();
    StringBuilder field = new StringBuilder();
    for (Path.Node node : nodes) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.isEmpty() ? nodes.get(nodes.size() - 1).getName() : field.toString();
  }

  private static String rule(ConstraintViolation<?> v) {
    String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (annotation) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Size" -> "size";
      case "Pattern" -> "pattern";
      default -> annotation.toLowerCase(java.util.Locale.ROOT);
    };
  }
}
