package nl.gemeente.kms.exchange.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gemeente.kms.exchange.report.ImportProblem;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ChangeLevel;

/**
 * Question-answer records (vraag-antwoordcombinaties) in the Rijksoverheid open-data CSV shape:
 * the question becomes the title, the first paragraph of the answer the short answer, the whole
 * answer with a source line the body, the subjects the keywords, the themes the topics. The record
 * id is kept as external id and the canonical URL as source; the department is chosen on import.
 */
final class VacCsvReader implements RecordReader {

  static final List<String> REQUIRED = List.of("id", "question", "reference_answer", "canonical");

  private final InputStreamReader reader;
  private final CsvRecords csv;
  private final String file;
  private final ReadOptions options;
  private List<String> header;
  private boolean finished;

  VacCsvReader(InputStream in, String file, ReadOptions options) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.reader = new InputStreamReader(in, decoder);
    this.csv = new CsvRecords(new java.io.BufferedReader(reader, 64 * 1024));
    this.file = file;
    this.options = options;
  }

  @Override
  public Optional<ParsedRecord> next() throws IOException {
    if (finished) {
      return Optional.empty();
    }
    try {
      if (header == null) {
        Optional<ParsedRecord> problem = readHeader();
        if (problem.isPresent()) {
          return problem;
        }
      }
      Optional<CsvRecords.Row> row = csv.next();
      while (row.isPresent() && row.get().fields().size() == 1 && row.get().fields().get(0).isBlank()) {
        row = csv.next();
      }
      return row.map(this::toRecord);
    } catch (CsvRecords.UnclosedQuote e) {
      return fatal(e.line, "csv", e.getMessage());
    } catch (CharacterCodingException e) {
      return fatal(csv.line(), "utf-8", "the file is not valid UTF-8 from line " + csv.line() + " on; save it as UTF-8");
    }
  }

  private Optional<ParsedRecord> readHeader() throws IOException {
    header = csv.next().map(r -> r.fields().stream().map(h -> h.strip().replace("\uFEFF", "")).toList()).orElse(List.of());
    List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
    return missing.isEmpty() ? Optional.empty()
        : fatal(1, "columns", "the CSV lacks the column(s) " + missing + "; it has " + header);
  }

  private ParsedRecord toRecord(CsvRecords.Row row) {
    SourceLocation at = new SourceLocation(file, row.line());
    if (row.fields().size() != header.size()) {
      return ParsedRecord.unreadable(at, ImportProblem.error(file, row.line(), "row", "columns",
          "the row has " + row.fields().size() + " fields where the header has " + header.size()));
    }
    String answer = column(row, "reference_answer").strip();
    String canonical = column(row, "canonical").strip();
    var content = new ArticleContent(column(row, "question").strip(), ShortAnswers.of(answer), body(answer, canonical),
        split(column(row, "subjects"), false), List.of(), changeSummary(row), ChangeLevel.MAJOR, null, null);
    var record = new ArticleRecord(blankToNull(column(row, "id")), null, options.department(), Audience.PUBLIC,
        split(column(row, "themes"), true), blankToNull(canonical), null, content);
    List<ImportProblem> problems = new ArrayList<>();
    if (record.externalId() == null) {
      problems.add(ImportProblem.error(file, row.line(), "id", "required", "id is required"));
    }
    if (options.department() == null) {
      problems.add(ImportProblem.error(file, row.line(), "department", "required",
          "question-answer records have no department: choose one on import (--department, ?department=)"));
    }
    return new ParsedRecord(at, record, FieldLines.single(row.line()), problems);
  }

  // the answer is shown to agents; the source line keeps the CC0 attribution the data asks for
  private static String body(String answer, String canonical) {
    return canonical.isEmpty() ? answer : answer + "\n\nBron: [Rijksoverheid.nl](" + canonical + ") (CC0)";
  }

  private String changeSummary(CsvRecords.Row row) {
    String modified = column(row, "lastmodified");
    return "Overgenomen van Rijksoverheid.nl" + (modified.length() >= 10 ? ", gewijzigd " + modified.substring(0, 10) : "");
  }

  private String column(CsvRecords.Row row, String name) {
    int index = header.indexOf(name);
    return index < 0 ? "" : row.fields().get(index);
  }

  private static List<String> split(String values, boolean lowercase) {
    var result = new LinkedHashSet<String>();
    for (String value : values.split("\\|")) {
      if (!value.isBlank()) {
        result.add(lowercase ? value.strip().toLowerCase(Locale.ROOT) : value.strip());
      }
    }
    return List.copyOf(result);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Optional<ParsedRecord> fatal(int line, String rule, String message) {
    finished = true;
    String field = rule.equals("columns") ? "header" : "file";
    return Optional.of(ParsedRecord.unreadable(new SourceLocation(file, line),
        ImportProblem.error(file, line, field, rule, message)));
  }

  @Override
  public void close() throws IOException {
    finished = true;
    reader.close();
  }
}
