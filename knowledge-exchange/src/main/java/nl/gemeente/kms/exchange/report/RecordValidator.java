package nl.gemeente.kms.exchange.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.FieldLines;
import nl.gemeente.kms.exchange.format.ParsedRecord;
import nl.gemeente.kms.workflow.ContentRules;
import nl.gemeente.kms.workflow.FieldError;
import nl.gemeente.kms.workflow.UnsafeMarkup;

/**
 * Checks records the way the server will, before anything is written: the workflow's content
 * rules and unsafe-markup rule, a known department (with the closest one suggested), a valid slug,
 * and, across the whole input, slugs used twice and ids repeated. One validator per input: it
 * remembers what it has seen.
 */
public final class RecordValidator {

  /** Department codes of the demo municipality (docs/article-format.md); the server uses its own table. */
  public static final Set<String> STANDARD_DEPARTMENTS =
      Set.of("burgerzaken", "belastingen", "sociale-zaken", "wmo", "vergunningen", "afval", "parkeren", "wonen");

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int SLUG_MAX = 160;
  static final int EXTERNAL_ID_MAX = 120;
  static final int SOURCE_URL_MAX = 1000;
  static final int TOPICS_MAX = 20;
  static final int TOPIC_MAX = 80;

  /** VALID records are imported; INVALID ones are reported and left out; DUPLICATE ones repeat an earlier id. */
  public enum Verdict { VALID, INVALID, DUPLICATE }

  public record Checked(ParsedRecord parsed, Verdict verdict, List<ImportProblem> problems) {
    public Checked {
      problems = List.copyOf(problems);
    }
  }

  private final Set<String> departments;
  private final Map<String, String> slugs = new HashMap<>();
  private final Map<String, String> externalIds = new HashMap<>();

  public RecordValidator(Set<String> departments) {
    this.departments = new TreeSet<>(departments);
  }

  public Checked check(ParsedRecord parsed) {
    List<ImportProblem> problems = new ArrayList<>(parsed.problems());
    if (parsed.record().isEmpty()) {
      return new Checked(parsed, Verdict.INVALID, problems);
    }
    Problems found = new Problems(parsed, problems);
    ArticleRecord r = parsed.record().get();
    content(r, found);
    identity(r, found);
    boolean repeated = repeatedId(r, found);
    boolean invalid = problems.stream().anyMatch(ImportProblem::isError);
    Verdict verdict = invalid ? Verdict.INVALID : repeated ? Verdict.DUPLICATE : Verdict.VALID;
    return new Checked(parsed, verdict, problems);
  }

  private void content(ArticleRecord r, Problems found) {
    for (FieldError e : ContentRules.validate(r.content())) {
      found.error(e.field(), e.rule(), e.message());
    }
    UnsafeMarkup.find(r.content().body()).ifPresent(unsafe -> found.errorAtLine(
        found.lines().ofBodyOffset(r.content().body(), unsafe.offset()), "body", "unsafe-markup",
        "The body contains markup that is not allowed: " + unsafe.markup()));
  }

  private void identity(ArticleRecord r, Problems found) {
    if (r.department() != null && !departments.contains(r.department())) {
      String hint = Suggestions.closest(r.department(), departments).map(s -> "; did you mean " + s + "?").orElse("");
      found.error("department", "unknown-department",
          "unknown department " + r.department() + hint + " (known: " + String.join(", ", departments) + ")");
    }
    if (r.externalId() != null && r.externalId().length() > EXTERNAL_ID_MAX) {
      found.error("externalId", "max-length", "externalId must be at most " + EXTERNAL_ID_MAX + " characters");
    }
    if (r.slug() != null) {
      slug(r.slug(), found);
    }
    if (r.topics().size() > TOPICS_MAX) {
      found.error("topics", "max-items", "topics may hold at most " + TOPICS_MAX + " items");
    }
    for (int i = 0; i < r.topics().size(); i++) {
      String topic = r.topics().get(i);
      if (topic == null || topic.isBlank() || topic.length() > TOPIC_MAX) {
        found.error("topics[" + i + "]", "length", "a topic is 1 to " + TOPIC_MAX + " characters");
      }
    }
    String url = r.sourceUrl();
    if (url != null && (url.length() > SOURCE_URL_MAX || !(url.startsWith("https://") || url.startsWith("http://")))) {
      found.error("sourceUrl", "url", "sourceUrl must be an http(s) address of at most " + SOURCE_URL_MAX + " characters");
    }
  }

  private void slug(String slug, Problems found) {
    if (!SLUG.matcher(slug).matches() || slug.length() > SLUG_MAX) {
      found.error("slug", "pattern", "the slug '" + slug + "' (for Markdown: the file name) must be lowercase letters,"
          + " digits and single hyphens, at most " + SLUG_MAX + " characters");
      return;
    }
    String first = slugs.putIfAbsent(slug, found.where());
    if (first != null) {
      found.error("slug", "duplicate-slug", "the slug " + slug + " is also used by " + first + "; slugs must be unique");
    }
  }

  private boolean repeatedId(ArticleRecord r, Problems found) {
    if (r.externalId() == null) {
      return false;
    }
    String first = externalIds.putIfAbsent(r.externalId(), found.where());
    if (first != null) {
      found.warning("externalId", "duplicate-id",
          "externalId " + r.externalId() + " was already read at " + first + "; only the first is imported");
    }
    return first != null;
  }

  /** Adds problems on the line of their field. */
  private record Problems(ParsedRecord parsed, List<ImportProblem> list) {
    FieldLines lines() {
      return parsed.lines();
    }

    String where() {
      return parsed.location().toString();
    }

    void error(String field, String rule, String message) {
      errorAtLine(lines().of(field), field, rule, message);
    }

    void errorAtLine(int line, String field, String rule, String message) {
      list.add(ImportProblem.error(parsed.location().file(), line, field, rule, message));
    }

    void warning(String field, String rule, String message) {
      list.add(ImportProblem.warning(parsed.location().file(), lines().of(field), field, rule, message));
    }
  }
}
