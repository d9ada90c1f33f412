package nl.gemeente.kms.exchange.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.gemeente.kms.exchange.report.ImportProblem;
import nl.gemeente.kms.exchange.report.Suggestions;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.QuestionAnswer;
import nl.gemeente.kms.workflow.VersionState;

/**
 * The article fields shared by the front matter of a Markdown file and a JSON Lines record (see
 * docs/article-format.md), read from the map a YAML or JSON parser made. Type errors and unknown
 * keys become problems on the key's line; the content rules are the validator's job.
 */
final class ArticleFields {

  static final Set<String> FRONT_MATTER = Set.of(
      "externalId", "title", "department", "audience", "topics", "keywords", "shortAnswer", "validFrom",
      "validUntil", "changeSummary", "changeLevel", "sourceUrl", "questionAnswers", "demoState");
  /** A JSON Lines record also carries its slug and body, and the export adds history the import ignores. */
  static final Set<String> JSON_LINES = union(FRONT_MATTER, "slug", "body", "state", "versions", "audit");

  private final Map<String, Object> map;
  private final String file;
  private final FieldLines lines;
  private final List<ImportProblem> problems = new ArrayList<>();

  private ArticleFields(Map<String, Object> map, String file, FieldLines lines) {
    this.map = map;
    this.file = file;
    this.lines = lines;
  }

  /** Reads the record; {@code slug} and {@code body} come from the caller when the format keeps them outside the map. */
  static ParsedRecord read(Map<String, Object> map, Set<String> known, String slug, String body, SourceLocation at, FieldLines lines) {
    ArticleFields f = new ArticleFields(map, at.file(), lines);
    f.unknownKeys(known);
    String text = ArticleRecord.normalizeBody(body != null ? body : f.textOr("body", ""));
    var content = new ArticleContent(f.text("title"), f.text("shortAnswer"), text,
        f.texts("keywords"), f.questionAnswers(), f.text("changeSummary"),
        f.choice("changeLevel", ChangeLevel.class, ChangeLevel.MINOR), f.date("validFrom"), f.date("validUntil"));
    var record = new ArticleRecord(f.required("externalId"), slug != null ? slug : f.text("slug"), f.required("department"),
        f.requiredChoice("audience", Audience.class), f.texts("topics"), f.text("sourceUrl"), f.demoState(), content);
    return new ParsedRecord(at, record, lines, f.problems);
  }

  private void unknownKeys(Set<String> known) {
    for (String key : new TreeSet<>(map.keySet())) {
      if (!known.contains(key)) {
        String hint = Suggestions.closest(key, known).map(s -> " (did you mean " + s + "?)").orElse("");
        problems.add(ImportProblem.warning(file, lines.of(key), key, "unknown-field", "unknown field " + key + " is ignored" + hint));
      }
    }
  }

  private String text(String key) {
    Object value = map.get(key);
    if (!(value instanceof List || value instanceof Map)) {
      return value == null ? null : value.toString();
    }
    error(key, "type", key + " must be text, not a " + (value instanceof List ? "list" : "mapping"));
    return null;
  }

  private String textOr(String key, String fallback) {
    String value = text(key);
    return value == null ? fallback : value;
  }

  private String required(String key) {
    Object raw = map.get(key);
    String value = text(key);
    if (value == null || value.isBlank()) {
      if (!(raw instanceof List || raw instanceof Map)) {
        error(key, "required", key + " is required");
      }
      return null;
    }
    return value.strip();
  }

  private List<String> texts(String key) {
    Object value = map.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      String single = text(key);
      return single == null ? List.of() : List.of(single);
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item instanceof List || item instanceof Map) {
        error(key + "[" + i + "]", "type", key + "[" + i + "] must be text");
      } else {
        result.add(item == null ? null : item.toString());
      }
    }
    return result;
  }

  private List<QuestionAnswer> questionAnswers() {
    Object value = map.get("questionAnswers");
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      error("questionAnswers", "type", "questionAnswers must be a list of question/answer pairs");
      return List.of();
    }
    List<QuestionAnswer> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> qa) {
        result.add(new QuestionAnswer(scalar(qa.get("question")), scalar(qa.get("answer"))));
      } else {
        error("questionAnswers[" + i + "]", "type", "questionAnswers[" + i + "] must have a question and an answer");
      }
    }
    return result;
  }

  private LocalDate date(String key) {
    String value = text(key);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      error(key, "iso-date", key + " must be a date as YYYY-MM-DD, not " + value);
      return null;
    }
  }

  private <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
    String value = text(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      error(key, "one-of", key + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + value);
      return fallback;
    }
  }

  private <E extends Enum<E>> E requiredChoice(String key, Class<E> type) {
    if (map.get(key) == null) {
      error(key, "required", key + " is required: one of " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
    return choice(key, type, null);
  }

  private VersionState demoState() {
    VersionState state = choice("demoState", VersionState.class, null);
    if (state == VersionState.SUPERSEDED) {
      error("demoState", "one-of", "demoState cannot be SUPERSEDED; a newer version supersedes it");
      return null;
    }
    return state;
  }

  private void error(String field, String rule, String message) {
    problems.add(ImportProblem.error(file, lines.of(field), field, rule, message));
  }

  private static String scalar(Object value) {
    return value == null ? null : value.toString();
  }

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new TreeSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}
