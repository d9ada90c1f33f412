package nl.gemeente.kms.exchange.format;

import java.util.Map;

/**
 * Which line of the file each field of a record is on, so that a rule broken by {@code
 * keywords[2]} or by a {@code <script>} in the body is reported on the line to fix.
 *
 * @param recordLine the first line of the record; fields without a line of their own fall back to it
 * @param keys the line of each top-level key
 * @param bodyLine the line the body starts on, or 0 when the body is not laid out in lines (JSON)
 */
public record FieldLines(int recordLine, Map<String, Integer> keys, int bodyLine) {

  public FieldLines {
    keys = Map.copyOf(keys);
  }

  public static FieldLines single(int line) {
    return new FieldLines(line, Map.of(), 0);
  }

  /** The line of a field path such as {@code questionAnswers[1].answer}: that of its top-level key. */
  public int of(String field) {
    int end = field.length();
    for (int i = 0; i < field.length(); i++) {
      if (field.charAt(i) == '[' || field.charAt(i) == '.') {
        end = i;
        break;
      }
    }
    String key = field.substring(0, end);
    if (key.equals("body") && bodyLine > 0) {
      return bodyLine;
    }
    return keys.getOrDefault(key, recordLine);
  }

  /** The line of a character offset inside the body. */
  public int ofBodyOffset(String body, int offset) {
    if (bodyLine == 0) {
      return recordLine;
    }
    int line = bodyLine;
    for (int i = 0; i < offset && i < body.length(); i++) {
      if (body.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
