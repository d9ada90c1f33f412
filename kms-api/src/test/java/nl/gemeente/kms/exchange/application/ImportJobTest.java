package nl.gemeente.kms.exchange.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.FieldLines;
import nl.gemeente.kms.exchange.format.ParsedRecord;
import nl.gemeente.kms.exchange.format.SourceLocation;
import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.exchange.report.ImportProblem;
import nl.gemeente.kms.exchange.report.RecordValidator;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.VersionState;
import org.junit.jupiter.api.Test;

class ImportJobTest {

  private final ImportJob job = new ImportJob("j1", new ImportJob.Settings(ExchangeFormat.JSON_LINES, null,
      VersionState.PUBLISHED, false, "adam.admin", "a.jsonl", 10), Path.of("unused"), Clock.systemUTC());

  @Test
  void countsWhatWasWrittenAndWhatWasLeftOutBeforeWriting() {
    job.validating();
    job.validated(checked(RecordValidator.Verdict.VALID));
    job.validated(checked(RecordValidator.Verdict.VALID));
    job.validated(checked(RecordValidator.Verdict.INVALID));
    job.validated(checked(RecordValidator.Verdict.DUPLICATE));
    assertThat(job.status().total()).isNull();
    assertThat(job.status().done()).isEqualTo(4);

    job.importing(2);
    job.wrote(ImportOutcome.CREATED);
    assertThat(job.status().etaSeconds()).isNotNull();
    job.writeFailed(ImportProblem.error("a.jsonl", 2, "state", "workflow", "refused"));
    job.finish("done");

    ImportJob.Status status = job.status();
    assertThat(status.state()).isEqualTo(ImportJob.State.FINISHED);
    assertThat(status.total()).isEqualTo(2);
    assertThat(status.done()).isEqualTo(2);
    assertThat(status.counts()).isEqualTo(new ImportJob.Counts(1, 0, 1, 2));
    assertThat(status.problems()).extracting(ImportProblem::message).containsExactly("title is required", "refused");
    assertThat(job.isWriting()).isFalse();
  }

  @Test
  void changeSummaryAndBlankLinesDoNotMakeContentDifferent() {
    var a = new ArticleContent("T", "S", "\nBody\n\n", List.of("k"), List.of(), "first", ChangeLevel.MAJOR, LocalDate.of(2026, 1, 1), null);
    var b = new ArticleContent("T", "S", "Body", List.of("k"), List.of(), "second", ChangeLevel.MINOR, LocalDate.of(2026, 1, 1), null);
    var c = new ArticleContent("T", "S", "Body!", List.of("k"), List.of(), "first", ChangeLevel.MAJOR, LocalDate.of(2026, 1, 1), null);
    assertThat(ArticleImporter.sameContent(a, b)).isTrue();
    assertThat(ArticleImporter.sameContent(a, c)).isFalse();
  }

  private static RecordValidator.Checked checked(RecordValidator.Verdict verdict) {
    var content = new ArticleContent("T", "S", "", List.of(), List.of(), null, ChangeLevel.MINOR, null, null);
    var record = new ArticleRecord("x", "x", "wmo", null, List.of(), null, null, content);
    var parsed = new ParsedRecord(new SourceLocation("a.jsonl", 1), record, FieldLines.single(1), List.of());
    List<ImportProblem> problems = verdict == RecordValidator.Verdict.INVALID
        ? List.of(ImportProblem.error("a.jsonl", 1, "title", "required", "title is required")) : List.of();
    return new RecordValidator.Checked(parsed, verdict, problems);
  }
}
