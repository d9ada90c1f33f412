package nl.gemeente.kms.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import nl.gemeente.kms.exchange.Fixtures;
import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.exchange.format.ReadOptions;
import nl.gemeente.kms.exchange.format.RecordReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry run over a folder with one of each kind of bad input: every problem with its file, line and field. */
class DryRunReportTest {

  @TempDir static Path dir;
  static ValidationReport report;

  @BeforeAll
  static void dryRun() throws IOException {
    Path folder = Fixtures.badFolder(dir);
    try (RecordReader reader = ExchangeFormat.MARKDOWN.open(folder, ReadOptions.defaults())) {
      report = DryRun.of(reader, new RecordValidator(RecordValidator.STANDARD_DEPARTMENTS), 100);
    }
  }

  @Test
  void reportsEveryProblemWithFileLineAndField() {
    assertThat(report.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field, ImportProblem::severity)
        .containsExactlyInAnyOrder(
            tuple("kapotte-yaml.md", 6, "frontMatter", ImportProblem.Severity.ERROR),
            tuple("met-script.md", 11, "body", ImportProblem.Severity.ERROR),
            tuple("onbekende-afdeling.md", 6, "keywordz", ImportProblem.Severity.WARNING),
            tuple("onbekende-afdeling.md", 4, "department", ImportProblem.Severity.ERROR),
            tuple("ongeldige-utf8.md", 3, "file", ImportProblem.Severity.ERROR),
            tuple("ontbrekende-velden.md", 1, "title", ImportProblem.Severity.ERROR),
            tuple("ontbrekende-velden.md", 1, "shortAnswer", ImportProblem.Severity.ERROR),
            tuple("ontbrekende-velden.md", 1, "audience", ImportProblem.Severity.ERROR),
            tuple("paspoort-aanvragen.md", 1, "slug", ImportProblem.Severity.ERROR),
            tuple("te-groot.md", 1, "file", ImportProblem.Severity.ERROR),
            tuple("zelfde-id.md", 2, "externalId", ImportProblem.Severity.WARNING));
  }

  @Test
  void messagesSayWhatToDo() {
    assertThat(message("onbekende-afdeling.md", "department")).contains("burgerzakn").contains("did you mean burgerzaken?");
    assertThat(message("onbekende-afdeling.md", "keywordz")).contains("did you mean keywords?");
    assertThat(message("te-groot.md", "file")).contains("50.0 MB").contains("at most 2.0 MB");
    assertThat(message("met-script.md", "body")).contains("<script");
    assertThat(message("paspoort-aanvragen.md", "slug")).contains("dubbel/paspoort-aanvragen.md:1");
    assertThat(message("kapotte-yaml.md", "frontMatter")).startsWith("broken YAML");
    assertThat(message("ongeldige-utf8.md", "file")).contains("not valid UTF-8");
  }

  @Test
  void countsValidInvalidAndRepeatedRecords() {
    assertThat(report.records()).isEqualTo(9);
    assertThat(report.valid()).isEqualTo(1);
    assertThat(report.duplicates()).isEqualTo(1);
    assertThat(report.invalid()).isEqualTo(7);
    assertThat(report.hasErrors()).isTrue();
  }

  private static String message(String file, String field) {
    return report.problems().stream()
        .filter(p -> p.file().equals(file) && p.field().equals(field))
        .findFirst()
        .orElseThrow()
        .message();
  }
}
