package nl.gemeente.kms.exchange.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.exchange.format.ReadOptions;
import nl.gemeente.kms.exchange.report.RecordValidator;

/** The command line of {@code ./kms import}, parsed; a mistake is a {@link UsageError} with the sentence to show. */
record CliOptions(
    Path input, ExchangeFormat format, String department, String as, boolean dryRun, boolean skipInvalid,
    String url, String user, long maxFileBytes, Set<String> departments) {

  static final String USAGE = """
      usage: kms import <path> [--format md|jsonl|vac] [--department CODE] [--as published|draft]
                               [--dry-run] [--skip-invalid] [--url http://localhost:9080] [--user adam.admin]
                               [--max-file-size BYTES] [--departments code,code,...]
        <path>          a folder or .zip of Markdown files, a .jsonl file, or a Rijksoverheid .csv
        --dry-run       only read and validate, offline; exit code 1 when there are errors
        --skip-invalid  import the valid records even when others have errors
        password: the environment variable KMS_PASSWORD, or asked for""";

  static final class UsageError extends Exception {
    UsageError(String message) {
      super(message);
    }
  }

  static CliOptions parse(String... args) throws UsageError {
    Builder b = new Builder();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--dry-run" -> b.dryRun = true;
        case "--skip-invalid" -> b.skipInvalid = true;
        case "--format", "--department", "--as", "--url", "--user", "--max-file-size", "--departments" -> {
          if (i + 1 >= args.length) {
            throw new UsageError(arg + " needs a value");
          }
          b.set(arg, args[++i]);
        }
        default -> {
          if (arg.startsWith("--") || b.input != null) {
            throw new UsageError("unknown argument " + arg);
          }
          b.input = Path.of(arg);
        }
      }
    }
    return b.build();
  }

  ReadOptions readOptions() {
    return new ReadOptions(maxFileBytes, department);
  }

  private static final class Builder {
    Path input;
    String format;
    String department;
    String as = "published";
    boolean dryRun;
    boolean skipInvalid;
    String url = "http://localhost:9080";
    String user = "adam.admin";
    long maxFileBytes = ReadOptions.DEFAULT_MAX_RECORD_BYTES;
    Set<String> departments = RecordValidator.STANDARD_DEPARTMENTS;

    void set(String option, String value) throws UsageError {
      switch (option) {
        case "--format" -> format = value;
        case "--department" -> department = value;
        case "--as" -> as = value.toLowerCase(Locale.ROOT);
        case "--url" -> url = value.replaceAll("/+$", "");
        case "--user" -> user = value;
        case "--max-file-size" -> maxFileBytes = bytes(value);
        default -> departments = new HashSet<>(Arrays.asList(value.split(",")));
      }
    }

    CliOptions build() throws UsageError {
      if (input == null) {
        throw new UsageError("which file or folder? Give a path");
      }
      ExchangeFormat f = format == null
          ? ExchangeFormat.guess(input).orElseThrow(() -> new UsageError("cannot tell the format of " + input + "; add --format md|jsonl|vac"))
          : ExchangeFormat.byName(format).orElseThrow(() -> new UsageError("--format is md, jsonl or vac, not " + format));
      if (!as.equals("published") && !as.equals("draft")) {
        throw new UsageError("--as is published or draft, not " + as);
      }
      if (f == ExchangeFormat.VAC_CSV && department == null) {
        throw new UsageError("question-answer records have no department: choose one with --department");
      }
      return new CliOptions(input, f, department, as, dryRun, skipInvalid, url, user, maxFileBytes, departments);
    }

    private static long bytes(String value) throws UsageError {
      try {
        return Long.parseLong(value.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new UsageError("--max-file-size is a number of bytes, not " + value);
      }
    }
  }
}
