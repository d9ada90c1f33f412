package nl.gemeente.kms.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gemeente.kms.exchange.report.ImportProblem;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ChangeLevel;
import org.junit.jupiter.api.Test;

class JsonLinesFormatTest {

  private static final ArticleContent CONTENT = new ArticleContent("Hondenbelasting", "Wie een hond heeft, betaalt.",
      "## Tarieven\n\nZie tabel.", List.of("hond"), List.of(), "Eerste versie", ChangeLevel.MAJOR, null, null);
  private static final ArticleRecord RECORD =
      new ArticleRecord("x-1", "hondenbelasting", "belastingen", Audience.PUBLIC, List.of("belastingen"), null, null, CONTENT);

  @Test
  void theImportReadsWhatTheExportWritesAndIgnoresTheHistory() throws IOException {
    var version = new ExportedArticle.Version(1, "PUBLISHED", "ben.belastingen", "bo.belastingen", null,
        Instant.parse("2026-01-01T09:00:00Z"), Instant.parse("2026-01-01T09:00:00Z"), Instant.parse("2026-01-02T09:00:00Z"),
        null, CONTENT);
    var audit = new ExportedArticle.AuditLine(Instant.parse("2026-01-01T09:00:00Z"), "ben.belastingen", "CREATE", 1, null, "DRAFT", null);
    StringWriter out = new StringWriter();
    new JsonLinesWriter(out).write(new ExportedArticle(RECORD, "PUBLISHED", List.of(version), List.of(audit)));

    List<ParsedRecord> read = read(out.toString());
    assertThat(read).singleElement().satisfies(r -> {
      assertThat(r.problems()).isEmpty();
      assertThat(r.record()).contains(RECORD);
    });
    assertThat(out.toString()).contains("\"versions\":[{\"number\":1,\"state\":\"PUBLISHED\"").contains("\"audit\":[");
  }

  @Test
  void brokenAndOversizedLinesAreReportedWithTheirLineAndReadingGoesOn() throws IOException {
    StringWriter out = new StringWriter();
    new JsonLinesWriter(out).write(RECORD);
    String good = out.toString();
    String input = good + "\n{\"externalId\": \"x-2\", \"title\": \n" + "[1, 2]\n" + "{\"body\":\"" + "a".repeat(500) + "\"}\n" + good;

    List<ParsedRecord> read = read(input, new ReadOptions(400, null));

    assertThat(read).hasSize(5);
    assertThat(read.get(1).problems()).extracting(ImportProblem::line, ImportProblem::rule).containsExactly(org.assertj.core.api.Assertions.tuple(3, "json"));
    assertThat(read.get(2).problems().get(0).message()).contains("one JSON object");
    assertThat(read.get(3).problems().get(0).rule()).isEqualTo("too-large");
    assertThat(read.get(4).location().line()).isEqualTo(6);
    assertThat(read.get(4).record()).contains(RECORD);
  }

  private static List<ParsedRecord> read(String input) throws IOException {
    return read(input, ReadOptions.defaults());
  }

  static List<ParsedRecord> read(String input, ReadOptions options) throws IOException {
    List<ParsedRecord> result = new ArrayList<>();
    try (RecordReader reader = ExchangeFormat.JSON_LINES.open(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "articles.jsonl", options)) {
      for (Optional<ParsedRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        result.add(r.get());
      }
    }
    return result;
  }
}
