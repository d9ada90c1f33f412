package nl.gemeente.kms.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.BitSet;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.exchange.format.ParsedRecord;
import nl.gemeente.kms.exchange.format.ReadOptions;
import nl.gemeente.kms.exchange.format.RecordReader;
import nl.gemeente.kms.exchange.report.RecordValidator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs an import job in two passes over the uploaded file. First the whole input is validated and
 * every problem reported, before anything is written; a dry run stops there. Then each valid
 * record is written in its own transaction, so a failure costs that article only and never leaves
 * half of one behind. Records are read again in the second pass rather than kept: memory stays
 * small whatever the size of the upload.
 */
@ApplicationScoped
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @Inject ArticleImporter importer;
  @Inject ImportChecks checks;

  @Inject
  @ConfigProperty(name = "kms.import.max-file-bytes", defaultValue = "2097152")
  long maxFileBytes;

  public void run(ImportJob job) {
    try {
      BitSet writable = validate(job);
      if (!job.settings().dryRun()) {
        write(job, writable);
      }
      job.finish(job.settings().dryRun() ? "Dry run: nothing was written." : "Import finished.");
      LOG.info(() -> "Import " + job.id() + " by " + job.settings().requestedBy() + ": " + job.status().counts());
    } catch (IOException | RuntimeException e) {
      LOG.log(job.stopRequested() ? Level.WARNING : Level.SEVERE, "Import " + job.id() + " stopped", job.stopRequested() ? null : e);
      job.fail("The import stopped: " + e.getMessage() + ". Articles written so far stay; run it again to continue.");
    } finally {
      discard(job);
    }
  }

  private BitSet validate(ImportJob job) throws IOException {
    job.validating();
    RecordValidator validator = new RecordValidator(checks.departments());
    BitSet writable = new BitSet();
    try (RecordReader reader = open(job)) {
      int i = 0;
      for (Optional<ParsedRecord> next = reader.next(); next.isPresent(); next = reader.next(), i++) {
        stopIfAsked(job);
        RecordValidator.Checked checked = checks.against(validator.check(next.get()));
        job.validated(checked);
        writable.set(i, checked.verdict() == RecordValidator.Verdict.VALID);
      }
    }
    return writable;
  }

  private void write(ImportJob job, BitSet writable) throws IOException {
    job.importing(writable.cardinality());
    ImportJob.Settings settings = job.settings();
    ImportActors actors = ImportActors.onBehalfOf(settings.requestedBy());
    try (RecordReader reader = open(job)) {
      int i = 0;
      for (Optional<ParsedRecord> next = reader.next(); next.isPresent(); next = reader.next(), i++) {
        if (!writable.get(i)) {
          continue;
        }
        stopIfAsked(job);
        ParsedRecord parsed = next.get();
        String remark = "Import " + job.id() + " door " + settings.requestedBy() + ": " + parsed.location();
        try {
          job.wrote(importer.write(parsed.record().orElseThrow(), settings.target(), actors, remark));
        } catch (RuntimeException e) {
          job.writeFailed(WriteFailures.problem(parsed, e));
        }
      }
    }
  }

  private static void stopIfAsked(ImportJob job) {
    if (job.stopRequested()) {
      throw new IllegalStateException("the server is stopping");
    }
  }

  private RecordReader open(ImportJob job) throws IOException {
    ImportJob.Settings s = job.settings();
    InputStream in = Files.newInputStream(job.upload());
    return s.format().open(in, s.fileName(), new ReadOptions(maxFileBytes, s.department()));
  }

  private static void discard(ImportJob job) {
    try {
      Files.deleteIfExists(job.upload());
    } catch (IOException e) {
      LOG.warning("Could not delete the upload of import " + job.id() + ": " + e.getMessage());
    }
  }
}
