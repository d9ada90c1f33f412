package nl.gemeente.kms.exchange.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a dry run: how many records were read, how many would be imported, and every
 * problem with its file, line and field. Problems beyond {@code maxProblems} are counted but not
 * kept, so a million broken lines cannot exhaust memory.
 */
public final class ValidationReport {

  private final int maxProblems;
  private final List<ImportProblem> problems = new ArrayList<>();
  private long records;
  private long valid;
  private long invalid;
  private long duplicates;
  private long errors;
  private long warnings;

  public ValidationReport(int maxProblems) {
    this.maxProblems = maxProblems;
  }

  public synchronized void add(RecordValidator.Checked checked) {
    records++;
    switch (checked.verdict()) {
      case VALID -> valid++;
      case INVALID -> invalid++;
      case DUPLICATE -> duplicates++;
    }
    for (ImportProblem p : checked.problems()) {
      if (p.isError()) {
        errors++;
      } else {
        warnings++;
      }
      if (problems.size() < maxProblems) {
        problems.add(p);
      }
    }
  }

  public synchronized List<ImportProblem> problems() {
    return List.copyOf(problems);
  }

  public synchronized long omittedProblems() {
    return errors + warnings - problems.size();
  }

  public synchronized long records() {
    return records;
  }

  public synchronized long valid() {
    return valid;
  }

  public synchronized long invalid() {
    return invalid;
  }

  public synchronized long duplicates() {
    return duplicates;
  }

  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  public synchronized String summary() {
    return records + " record(s): " + valid + " valid, " + invalid + " with errors, " + duplicates
        + " repeating an earlier id; " + errors + " error(s), " + warnings + " warning(s)";
  }

  /** Every kept problem as {@code file:line: level: field: message}, then the summary. */
  public synchronized void print(PrintStream out) {
    problems.forEach(out::println);
    if (omittedProblems() > 0) {
      out.println("... and " + omittedProblems() + " more problem(s)");
    }
    out.println(summary());
  }
}
