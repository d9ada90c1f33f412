package nl.gemeente.kms.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Problem responses written before JAX-RS is reached (its exception mappers do not apply yet). */
final class Problems {

  private Problems() {}

  static void write(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"https://kms.gemeente.nl/problems/" + type + "\",\"title\":\"" + title
        + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
  }

  /** A 400 naming the field and the rule it broke, the shape the exception mappers give validation errors. */
  static void writeFieldProblem(HttpServletResponse response, String field, String rule, String detail) throws IOException {
    response.setStatus(400);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    String safeField = field.replaceAll("[^A-Za-z0-9_.-]", "?");
    response.getWriter().write("{\"type\":\"https://kms.gemeente.nl/problems/invalid-request\",\"title\":\"Invalid request\","
        + "\"status\":400,\"detail\":\"" + detail.replace("\"", "'") + "\",\"errors\":[{\"field\":\"" + safeField
        + "\",\"rule\":\"" + rule + "\",\"message\":\"" + detail.replace("\"", "'") + "\"}]}");
  }
}
