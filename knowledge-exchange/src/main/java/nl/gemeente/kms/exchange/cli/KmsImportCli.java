package nl.gemeente.kms.exchange.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import nl.gemeente.kms.exchange.format.RecordReader;
import nl.gemeente.kms.exchange.report.DryRun;
import nl.gemeente.kms.exchange.report.RecordValidator;
import nl.gemeente.kms.exchange.report.ValidationReport;

/**
 * {@code ./kms import}. Always validates the whole input offline first and prints every problem.
 * With {@code --dry-run} that is all (exit 1 when there are errors). Otherwise it uploads the input
 * to the running KMS, follows the import job with a progress bar and prints its summary; the server
 * validates again against its own departments and articles before it writes.
 */
public final class KmsImportCli {

  private static final int MAX_PROBLEMS = 10_000;

  private KmsImportCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv("KMS_PASSWORD"), System.console()));
  }

  /** The whole command; {@code password} and {@code console} are passed in so tests can run it. */
  public static int run(String[] args, PrintStream out, PrintStream err, String password, Console console) {
    CliOptions options;
    try {
      options = CliOptions.parse(args);
    } catch (CliOptions.UsageError e) {
      err.println("kms import: " + e.getMessage());
      err.println(CliOptions.USAGE);
      return 2;
    }
    try {
      ValidationReport report = validate(options);
      report.print(out);
      if (options.dryRun()) {
        return report.hasErrors() ? 1 : 0;
      }
      if (report.hasErrors() && !options.skipInvalid()) {
        err.println("kms import: nothing imported. Fix the errors above, or add --skip-invalid to import the valid records only.");
        return 1;
      }
      return importThroughServer(options, out, err, password(options, password, console));
    } catch (IOException e) {
      err.println("kms import: " + e.getMessage());
      return 1;
    }
  }

  static ValidationReport validate(CliOptions options) throws IOException {
    try (RecordReader reader = options.format().open(options.input(), options.readOptions())) {
      return DryRun.of(reader, new RecordValidator(options.departments()), MAX_PROBLEMS);
    }
  }

  private static int importThroughServer(CliOptions options, PrintStream out, PrintStream err, char[] password) throws IOException {
    AdminApiClient api = new AdminApiClient(options.url());
    api.login(options.user(), password);
    URI job = api.startImport(Uploads.prepare(options), options.format(), options.department(), options.as());
    out.println("import job " + job);
    ProgressBar bar = new ProgressBar(err, System.console() != null);
    JsonNode state = api.job(job);
    while (!isOver(state)) {
      JsonNode p = state.path("progress");
      bar.show(p.path("phase").asText("queued"), p.path("done").asLong(), p.path("total").asLong(),
          p.path("ratePerSecond").asDouble(), p.hasNonNull("etaSeconds") ? p.get("etaSeconds").asLong() : null);
      pause();
      state = api.job(job);
    }
    bar.finish();
    return report(state, out);
  }

  private static int report(JsonNode state, PrintStream out) {
    state.path("problems").forEach(p -> out.println(p.path("file").asText() + ":" + p.path("line").asInt() + ": "
        + p.path("severity").asText().toLowerCase(java.util.Locale.ROOT) + ": " + p.path("field").asText() + ": "
        + p.path("message").asText()));
    JsonNode s = state.path("summary");
    out.printf("%s: %d created, %d updated, %d skipped, %d failed (%.0f articles/s)%n", state.path("state").asText(),
        s.path("created").asLong(), s.path("updated").asLong(), s.path("skipped").asLong(), s.path("failed").asLong(),
        state.path("progress").path("ratePerSecond").asDouble());
    if (state.hasNonNull("message")) {
      out.println(state.get("message").asText());
    }
    return state.path("state").asText().equals("FINISHED") && s.path("failed").asLong() == 0 ? 0 : 1;
  }

  private static boolean isOver(JsonNode state) {
    String s = state.path("state").asText();
    return s.equals("FINISHED") || s.equals("FAILED");
  }

  private static char[] password(CliOptions options, String fromEnvironment, Console console) throws IOException {
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment.toCharArray();
    }
    if (console == null) {
      throw new IOException("no password: set KMS_PASSWORD, or run in a terminal to be asked");
    }
    char[] typed = console.readPassword("Password for %s at %s: ", options.user(), options.url());
    if (typed == null) {
      throw new IOException("no password given");
    }
    return typed;
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }
}
