package nl.gemeente.kms.exchange.format;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads an input one article at a time, so that a million records need no more memory than one.
 * A record that cannot be read comes back with its problems rather than as an exception, and
 * reading goes on with the next one.
 */
public interface RecordReader extends Closeable {

  /** The next record, or empty at the end of the input. */
  Optional<ParsedRecord> next() throws IOException;
}
