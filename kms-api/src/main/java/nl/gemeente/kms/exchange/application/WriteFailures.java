package nl.gemeente.kms.exchange.application;

import java.util.stream.Collectors;
import nl.gemeente.kms.article.application.InvalidArticle;
import nl.gemeente.kms.exchange.format.ParsedRecord;
import nl.gemeente.kms.exchange.report.ImportProblem;
import nl.gemeente.kms.workflow.RuleViolation;
import nl.gemeente.kms.workflow.WorkflowException;

/** Why an article that passed validation was still refused when written, as a report line. */
final class WriteFailures {

  private WriteFailures() {}

  static ImportProblem problem(ParsedRecord parsed, RuntimeException failure) {
    Throwable cause = rootOfInterest(failure);
    String file = parsed.location().file();
    int line = parsed.location().line();
    return switch (cause) {
      case InvalidArticle invalid -> ImportProblem.error(file, line, invalid.errors().get(0).field(), "invalid",
          invalid.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
      case RuleViolation rule -> ImportProblem.error(file, line, rule.field(), rule.rule(), rule.getMessage());
      case WorkflowException refused -> ImportProblem.error(file, line, "state", "workflow", refused.getMessage());
      default -> ImportProblem.error(file, line, "article", "not-written",
          "not written: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage())));
    };
  }

  // the transaction interceptor wraps what the service threw; the service's own exception says more
  private static Throwable rootOfInterest(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InvalidArticle || c instanceof WorkflowException) {
        return c;
      }
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
