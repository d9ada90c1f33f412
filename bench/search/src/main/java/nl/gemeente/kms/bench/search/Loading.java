package nl.gemeente.kms.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import nl.gemeente.kms.exchange.cli.KmsImportCli;

/** Loading the VACs the way an administrator does: the import command, then waiting for the index to catch up. */
final class Loading {

  private Loading() {}

  /** Imports as published; {@code department} for formats whose records name none (the VACs), else null. */
  static void importFiles(BenchOptions options, List<Path> files, String format, String department, PrintStream out)
      throws IOException {
    for (Path file : files) {
      List<String> args = new java.util.ArrayList<>(List.of(file.toString(), "--format", format, "--as", "published",
          "--url", options.url(), "--user", "adam.admin"));
      if (department != null) {
        args.addAll(List.of("--department", department));
      }
      int exit = KmsImportCli.run(args.toArray(String[]::new), out, System.err, options.password(), null);
      if (exit != 0) {
        throw new IOException("importing " + file + " failed (exit " + exit + ")");
      }
    }
  }

  /** Waits until every live article is in the index at its live version (the outbox worker has caught up). */
  static JsonNode awaitIndexed(KmsClient admin, PrintStream out) throws IOException {
    long deadline = System.nanoTime() + 30 * 60 * 1_000_000_000L;
    while (true) {
      JsonNode c = admin.get("/api/search/consistency");
      boolean caughtUp = c.path("missing").isEmpty() && c.path("stale").isEmpty() && c.path("live").asLong() == c.path("indexed").asLong();
      if (caughtUp) {
        out.printf("index caught up: %d live articles indexed%n", c.path("live").asLong());
        return c;
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("the index did not catch up: " + c);
      }
      sleep(2000);
    }
  }

  static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
