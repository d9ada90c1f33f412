package nl.gemeente.kms.exchange.format;

import java.util.Objects;

/** Where a record starts: a file (relative to the input) and a 1-based line. */
public record SourceLocation(String file, int line) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
