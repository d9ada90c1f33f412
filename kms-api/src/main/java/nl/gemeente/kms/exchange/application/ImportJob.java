package nl.gemeente.kms.exchange.application;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.exchange.report.ImportProblem;
import nl.gemeente.kms.exchange.report.RecordValidator;
import nl.gemeente.kms.exchange.report.ValidationReport;
import nl.gemeente.kms.workflow.VersionState;

/**
 * One import, from upload to summary: its settings, where it is (validating, importing), how far
 * and how fast, and what it did. Written by the job's thread and read by whoever polls it, so every
 * read is a consistent {@link Status}. Jobs live in memory: an import interrupted by a restart is
 * simply run again, and skips what it already wrote.
 */
public final class ImportJob {

  public enum State { QUEUED, VALIDATING, IMPORTING, FINISHED, FAILED }

  /** What was asked. {@code target} is PUBLISHED (a migration) or DRAFT (for review). */
  public record Settings(ExchangeFormat format, String department, VersionState target, boolean dryRun,
      String requestedBy, String fileName, long bytes) {}

  public record Counts(long created, long updated, long skipped, long failed) {}

  /** A consistent view of the job at one moment; {@code total} is known once validation is done. */
  public record Status(String id, State state, Settings settings, Instant createdAt, Instant finishedAt, long validated,
      long valid, long invalid, long duplicates, Long total, long done, double ratePerSecond, Long etaSeconds,
      Counts counts, List<ImportProblem> problems, long omittedProblems, String message) {}

  static final int MAX_PROBLEMS = 5_000;

  private final String id;
  private final Settings settings;
  private final Path upload;
  private final Clock clock;
  private final Instant createdAt;
  private final ValidationReport report = new ValidationReport(MAX_PROBLEMS);
  private final List<ImportProblem> writeProblems = new ArrayList<>();
  private State state = State.QUEUED;
  private long phaseStarted;
  private long phaseEnded;
  private Long total;
  private long done;
  private long created;
  private long updated;
  private long skipped;
  private long failed;
  private Instant finishedAt;
  private String message;
  private volatile boolean stopRequested;

  ImportJob(String id, Settings settings, Path upload, Clock clock) {
    this.id = Objects.requireNonNull(id);
    this.settings = Objects.requireNonNull(settings);
    this.upload = upload;
    this.clock = clock;
    this.createdAt = clock.instant();
  }

  public String id() {
    return id;
  }

  public Settings settings() {
    return settings;
  }

  Path upload() {
    return upload;
  }

  synchronized boolean isWriting() {
    return !settings.dryRun() && (state == State.QUEUED || state == State.VALIDATING || state == State.IMPORTING);
  }

  /** The server is stopping: the job ends after the article it is writing. */
  void requestStop() {
    stopRequested = true;
  }

  boolean stopRequested() {
    return stopRequested;
  }

  synchronized void validating() {
    state = State.VALIDATING;
    phaseStarted = System.nanoTime();
  }

  void validated(RecordValidator.Checked checked) {
    report.add(checked);
  }

  synchronized void importing(long toWrite) {
    state = State.IMPORTING;
    total = toWrite;
    // invalid records and repeated ids are failed and skipped before the first write
    failed = report.invalid();
    skipped = report.duplicates();
    phaseStarted = System.nanoTime();
  }

  synchronized void wrote(ImportOutcome outcome) {
    done++;
    switch (outcome) {
      case CREATED -> created++;
      case UPDATED -> updated++;
      case SKIPPED -> skipped++;
    }
  }

  synchronized void writeFailed(ImportProblem problem) {
    done++;
    failed++;
    if (writeProblems.size() < MAX_PROBLEMS) {
      writeProblems.add(problem);
    }
  }

  synchronized void finish(String summary) {
    if (total == null) {
      total = report.records();
      done = total;
      failed = report.invalid();
      skipped = report.duplicates();
    }
    end(State.FINISHED, summary);
  }

  synchronized void fail(String reason) {
    end(State.FAILED, reason);
  }

  private void end(State end, String text) {
    state = end;
    phaseEnded = System.nanoTime();
    finishedAt = clock.instant();
    message = text;
  }

  public synchronized Status status() {
    long validated = report.records();
    long progress = state == State.VALIDATING || total == null && state != State.FINISHED ? validated : done;
    double seconds = ((phaseEnded > 0 ? phaseEnded : System.nanoTime()) - phaseStarted) / 1e9;
    double rate = phaseStarted == 0 || seconds <= 0 ? 0 : progress / seconds;
    Long eta = state == State.IMPORTING && rate > 0 ? Math.round((total - done) / rate) : null;
    List<ImportProblem> problems = new ArrayList<>(report.problems());
    problems.addAll(writeProblems);
    return new Status(id, state, settings, createdAt, finishedAt, validated, report.valid(), report.invalid(),
        report.duplicates(), total, progress, rate, eta, new Counts(created, updated, skipped, failed), problems,
        report.omittedProblems(), message);
  }
}
