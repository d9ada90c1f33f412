package nl.gemeente.kms.article.application;

import java.util.List;
import nl.gemeente.kms.workflow.FieldError;

/** The submitted article breaks one or more field rules; nothing was stored. */
public class InvalidArticle extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidArticle(List<FieldError> errors) {
    super(errors.size() + " invalid field(s): " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static InvalidArticle of(String field, String rule, String message) {
    return new InvalidArticle(List.of(new FieldError(field, rule, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
