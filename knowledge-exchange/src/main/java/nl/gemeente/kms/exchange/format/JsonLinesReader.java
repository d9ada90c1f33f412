package nl.gemeente.kms.exchange.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import nl.gemeente.kms.exchange.report.ImportProblem;

/**
 * One JSON object per line, in the shape of the JSON Lines export. Lines are read as bytes up to
 * the limit, so one runaway line is refused without holding it in memory; blank lines are skipped.
 */
final class JsonLinesReader implements RecordReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final InputStream in;
  private final String file;
  private final ReadOptions options;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int lineNumber;

  JsonLinesReader(InputStream in, String file, ReadOptions options) {
    this.in = new BufferedInputStream(in, 64 * 1024);
    this.file = file;
    this.options = options;
  }

  @Override
  public Optional<ParsedRecord> next() throws IOException {
    while (true) {
      LineRead read = readLine();
      if (read == LineRead.END) {
        return Optional.empty();
      }
      SourceLocation at = new SourceLocation(file, lineNumber);
      if (read == LineRead.TOO_LONG) {
        return Optional.of(ParsedRecord.unreadable(at, ImportProblem.error(file, lineNumber, "line", "too-large",
            "the line is longer than " + ReadOptions.megabytes(options.maxRecordBytes())
                + "; raise the limit (--max-file-size, KMS_IMPORT_MAX_FILE_BYTES) if it really is one article")));
      }
      byte[] bytes = line.toByteArray();
      Optional<String> text = Utf8.decode(bytes, 0, bytes.length);
      if (text.isEmpty()) {
        return Optional.of(ParsedRecord.unreadable(at, ImportProblem.error(file, lineNumber, "line", "utf-8",
            "the line is not valid UTF-8")));
      }
      if (!text.get().isBlank()) {
        return Optional.of(parse(text.get(), at));
      }
    }
  }

  private ParsedRecord parse(String text, SourceLocation at) {
    try {
      Object value = JSON.readValue(text, Object.class);
      if (!(value instanceof Map<?, ?> map)) {
        return ParsedRecord.unreadable(at, ImportProblem.error(file, at.line(), "line", "json", "each line must be one JSON object"));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) map;
      return ArticleFields.read(fields, ArticleFields.JSON_LINES, null, null, at, FieldLines.single(at.line()));
    } catch (JsonProcessingException e) {
      return ParsedRecord.unreadable(at, ImportProblem.error(file, at.line(), "line", "json",
          "broken JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ")));
    }
  }

  private enum LineRead { LINE, TOO_LONG, END }

  private LineRead readLine() throws IOException {
    line.reset();
    boolean tooLong = false;
    int b = in.read();
    if (b < 0) {
      return LineRead.END;
    }
    lineNumber++;
    while (b >= 0 && b != '\n') {
      if (line.size() >= options.maxRecordBytes()) {
        tooLong = true;
      } else if (b != '\r') {
        line.write(b);
      }
      b = in.read();
    }
    return tooLong ? LineRead.TOO_LONG : LineRead.LINE;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
