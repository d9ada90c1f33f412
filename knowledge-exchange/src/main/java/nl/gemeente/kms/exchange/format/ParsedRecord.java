package nl.gemeente.kms.exchange.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.gemeente.kms.exchange.report.ImportProblem;

/**
 * What a reader made of one article of the input: the record when the input could be read as one,
 * the problems found while reading, and the line of each field for the validator's reports.
 */
public record ParsedRecord(SourceLocation location, ArticleRecord article, FieldLines lines, List<ImportProblem> problems) {

  public ParsedRecord {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(lines, "lines");
    problems = List.copyOf(problems);
  }

  /** The input could not be read as an article at all (too large, not UTF-8, broken YAML). */
  public static ParsedRecord unreadable(SourceLocation location, ImportProblem problem) {
    return new ParsedRecord(location, null, FieldLines.single(location.line()), List.of(problem));
  }

  public Optional<ArticleRecord> record() {
    return Optional.ofNullable(article);
  }

  public boolean hasErrors() {
    return article == null || problems.stream().anyMatch(ImportProblem::isError);
  }
}
