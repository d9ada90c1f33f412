package nl.gemeente.kms.exchange.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./kms corpus --count N [--seed S] [--out file.jsonl]}: writes a generated corpus as JSON
 * Lines in the import shape, to standard output when no file is given.
 */
public final class CorpusCli {

  private CorpusCli() {}

  public static void main(String[] args) throws IOException {
    long count = 1000;
    long seed = 1;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Long.parseLong(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> {
          System.err.println("usage: corpus --count N [--seed S] [--out file.jsonl]   (N up to " + CorpusGenerator.MAX_ARTICLES + ")");
          System.exit(2);
        }
      }
    }
    long started = System.nanoTime();
    try (Writer writer = out == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
        : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      new CorpusGenerator(seed).write(count, writer);
    }
    if (out != null) {
      System.err.printf("%,d articles (seed %d) written to %s in %.1f s%n", count, seed, out, (System.nanoTime() - started) / 1e9);
    }
  }
}
