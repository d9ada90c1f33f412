package nl.gemeente.kms.report.application;

import java.util.List;
import nl.gemeente.kms.workflow.FieldError;

/** The report breaks one or more field rules (unknown version, quote not in it, ...); nothing was stored. */
public class InvalidReport extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidReport(List<FieldError> errors) {
    super(errors.size() + " invalid field(s): " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
