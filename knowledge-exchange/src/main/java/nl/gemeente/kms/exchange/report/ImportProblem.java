package nl.gemeente.kms.exchange.report;

import java.util.Objects;

/**
 * One thing wrong with the input, precise enough to fix without searching: the file, the 1-based
 * line, the field (a front-matter key, {@code body}, or {@code file} for the file as a whole), the
 * short rule name and a sentence. Errors keep the article out of the import; warnings do not.
 */
public record ImportProblem(String file, int line, String field, Severity severity, String rule, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public ImportProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  public static ImportProblem error(String file, int line, String field, String rule, String message) {
    return new ImportProblem(file, line, field, Severity.ERROR, rule, message);
  }

  public static ImportProblem warning(String file, int line, String field, String rule, String message) {
    return new ImportProblem(file, line, field, Severity.WARNING, rule, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line: field: message}, the way compilers report, so editors can jump to it. */
  @Override
  public String toString() {
    String level = isError() ? "error" : "warning";
    return file + ":" + line + ": " + level + ": " + field + ": " + message;
  }
}
