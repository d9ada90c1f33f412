package nl.gemeente.kms.privacy.application;

/** There is no employee account by that name (any more). */
public class EmployeeNotFound extends RuntimeException {

  public EmployeeNotFound(String username) {
    super("Employee " + username);
  }
}
