package nl.gemeente.kms.exchange.report;

import java.io.IOException;
import java.util.Optional;
import nl.gemeente.kms.exchange.format.ParsedRecord;
import nl.gemeente.kms.exchange.format.RecordReader;

/** Reads a whole input and validates every record; writes nothing. */
public final class DryRun {

  private DryRun() {}

  public static ValidationReport of(RecordReader reader, RecordValidator validator, int maxProblems) throws IOException {
    ValidationReport report = new ValidationReport(maxProblems);
    for (Optional<ParsedRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
      report.add(validator.check(next.get()));
    }
    return report;
  }
}
