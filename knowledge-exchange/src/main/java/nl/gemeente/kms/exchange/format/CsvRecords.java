package nl.gemeente.kms.exchange.format;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFC 4180 CSV, streaming: quoted fields may hold commas, doubled quotes and line breaks (the
 * Rijksoverheid answers span many lines). Each row knows the line it starts on.
 */
final class CsvRecords {

  /** One row and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {}

  /** A quote opened and never closed: the rest of the file would be one field. */
  static final class UnclosedQuote extends IOException {
    final int line;

    UnclosedQuote(int line) {
      super("a quoted field that starts on line " + line + " is never closed");
      this.line = line;
    }
  }

  private final Reader in;
  private int line = 1;
  private int pushedBack = -2;

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** The line the reader is on: where a decoding error was found. */
  int line() {
    return line;
  }

  Optional<Row> next() throws IOException {
    int start = line;
    int c = read();
    if (c < 0) {
      return Optional.empty();
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new UnclosedQuote(start);
        } else if (c == '"') {
          int after = read();
          if (after == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = after;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c < 0 || c == '\n' || c == '\r') {
        if (c == '\r') {
          int after = read();
          if (after != '\n') {
            pushedBack = after;
          }
        }
        fields.add(field.toString());
        return Optional.of(new Row(start, fields));
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    int c;
    if (pushedBack != -2) {
      c = pushedBack;
      pushedBack = -2;
    } else {
      c = in.read();
    }
    if (c == '\n') {
      line++;
    }
    return c;
  }
}
