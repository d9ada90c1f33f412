package nl.gemeente.kms.bench.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./kms bench search}: runs against a KMS that is already up (the script starts one with its
 * own data directory) and prints its figures as Markdown, also written to {@code work/search-results.md}.
 */
public final class SearchBench {

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    PrintStream out = System.out;
    BenchDirectory.seedIfEmpty(options.jdbcUrl(), options.password());
    StringBuilder report = new StringBuilder();
    if (!options.command().equals("latency")) {
      report.append(relevance(new Relevance(options, out).run()));
    }
    if (!options.command().equals("relevance")) {
      report.append(latency(new Latency(options, out).run()));
    }
    out.println();
    out.println(report);
    Files.createDirectories(options.work());
    Files.writeString(options.work().resolve("search-results.md"), report, StandardCharsets.UTF_8);
  }

  static String relevance(Relevance.Result r) {
    StringBuilder s = new StringBuilder("### Relevance (Rijksoverheid VACs, development queries)\n\n");
    s.append("| system | queries | success@1 | success@3 | MRR |\n|---|---|---|---|---|\n");
    s.append(r.baseline().overall().row("baseline: standard analyzer, BM25 multi_match question+answer")).append('\n');
    s.append(r.kms().overall().row("KMS search API, ranked among the VACs")).append('\n');
    s.append(r.kmsAll().overall().row("KMS search API, among all articles")).append('\n');
    for (Map.Entry<String, Scores.Summary> e : r.baseline().byKind().entrySet()) {
      s.append(e.getValue().row("baseline, " + e.getKey())).append('\n');
    }
    for (Map.Entry<String, Scores.Summary> e : r.kms().byKind().entrySet()) {
      s.append(e.getValue().row("KMS, " + e.getKey())).append('\n');
    }
    s.append("\nQueries where the KMS does not put the expected VAC first among the VACs (rank 0: not in the first 50):\n\n");
    r.kms().ranked().stream().filter(x -> x.rank() != 1).forEach(x -> s.append(String.format(Locale.ROOT,
        "- `%s` (%s): rank %d%n", x.query().query(), x.query().kind(), x.rank())));
    return s.append('\n').toString();
  }

  static String latency(Latency.Result r) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "### Latency (%,d live articles)%n%n", r.liveArticles()));
    s.append(String.format(Locale.ROOT, "Reindex through the API: %,d articles in %.1f s (%.0f articles/s).%n%n",
        r.reindex().articles(), r.reindex().seconds(), r.reindex().perSecond()));

    s.append("| target | agents | requests | p50 ms | p95 ms | p99 ms | requests/s | ES `took` p50 / p95 ms | CPU ms per search: KMS / ES |\n");
    s.append("|---|---|---|---|---|---|---|---|---|\n");
    r.rows().forEach(row -> s.append(row.row()).append('\n'));
    return s.append('\n').toString();
  }
}
