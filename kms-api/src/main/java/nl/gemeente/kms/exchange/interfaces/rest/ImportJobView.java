package nl.gemeente.kms.exchange.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.gemeente.kms.exchange.application.ImportJob;
import nl.gemeente.kms.exchange.report.ImportProblem;

/** An import job as JSON: what was asked, progress (done/total, rate, ETA), the summary and every problem. */
public record ImportJobView(
    String id,
    String state,
    String format,
    String as,
    boolean dryRun,
    String department,
    String fileName,
    long bytes,
    String requestedBy,
    Instant createdAt,
    Instant finishedAt,
    Progress progress,
    Validation validation,
    Summary summary,
    List<ImportProblem> problems,
    long omittedProblems,
    String message) {

  /** {@code total} is null until the whole input is validated; {@code done} counts records validated until then. */
  public record Progress(String phase, long done, Long total, double ratePerSecond, Long etaSeconds) {}

  public record Validation(long records, long valid, long invalid, long repeatedIds) {}

  public record Summary(long created, long updated, long skipped, long failed) {}

  static ImportJobView of(ImportJob job, boolean withProblems) {
    ImportJob.Status s = job.status();
    ImportJob.Settings settings = s.settings();
    double rate = Math.round(s.ratePerSecond() * 10) / 10.0;
    return new ImportJobView(s.id(), s.state().name(), settings.format().shortName(),
        settings.target().name().toLowerCase(Locale.ROOT), settings.dryRun(), settings.department(), settings.fileName(),
        settings.bytes(), settings.requestedBy(), s.createdAt(), s.finishedAt(),
        new Progress(s.state().name(), s.done(), s.total(), rate, s.etaSeconds()),
        new Validation(s.validated(), s.valid(), s.invalid(), s.duplicates()),
        new Summary(s.counts().created(), s.counts().updated(), s.counts().skipped(), s.counts().failed()),
        withProblems ? s.problems() : List.of(), withProblems ? s.omittedProblems() : s.problems().size() + s.omittedProblems(),
        s.message());
  }
}
