package nl.gemeente.kms.report.application;

/**
 * No such report for this employee. Reports they may not see answer the same way as missing ones, so
 * an editor of another department does not learn that one exists.
 */
public class ReportNotFound extends RuntimeException {

  public ReportNotFound(long id) {
    super("Report " + id + " does not exist or is not visible to you.");
  }
}
