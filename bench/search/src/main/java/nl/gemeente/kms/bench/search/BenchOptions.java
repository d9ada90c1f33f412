package nl.gemeente.kms.bench.search;

import java.nio.file.Path;
import java.util.List;

/** The command line of the search benchmark. */
record BenchOptions(String command, String url, String esUrl, String jdbcUrl, Path data, Path work, long articles,
    List<Integer> agents, int requestsPerAgent, String password) {

  static final String USAGE = """
      usage: search-bench relevance|latency|all --db <the bench server's JDBC URL, H2 with AUTO_SERVER=TRUE>
                          [--url http://localhost:9091] [--es http://127.0.0.1:19211]
                          [--data ../shared/data] [--work bench/search/target/work] [--articles 100000]
                          [--agents 1,10,50] [--requests 200 (per agent)]
        relevance  imports the Rijksoverheid VACs, scores the dev queries, builds and scores the plain baseline
        latency    writes --articles generated articles into the database, reindexes them, measures search latency
        password of the demo accounts: KMS_PASSWORD, else the demo default""";

  static BenchOptions parse(String[] args) {
    if (args.length == 0 || !List.of("relevance", "latency", "all").contains(args[0])) {
      throw new IllegalArgumentException(USAGE);
    }
    String url = "http://localhost:9091";
    String es = "http://127.0.0.1:19211";
    String db = null;
    Path data = Path.of("../shared/data");
    Path work = Path.of("bench/search/target/work");
    long articles = 100_000;
    List<Integer> agents = List.of(1, 10, 50);
    int requests = 200;
    for (int i = 1; i < args.length; i++) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (args[i - 1]) {
        case "--url" -> url = value.replaceAll("/+$", "");
        case "--es" -> es = value.replaceAll("/+$", "");
        case "--db" -> db = value;
        case "--data" -> data = Path.of(value);
        case "--work" -> work = Path.of(value);
        case "--articles" -> articles = Long.parseLong(value.replace("_", ""));
        case "--agents" -> agents = List.of(value.split(",")).stream().map(String::strip).map(Integer::valueOf).toList();
        case "--requests" -> requests = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown argument " + args[i - 1] + "\n" + USAGE);
      }
    }
    if (db == null) {
      throw new IllegalArgumentException("--db is needed: the bench writes its accounts and corpus into the database\n" + USAGE);
    }
    String password = System.getenv().getOrDefault("KMS_PASSWORD", "Welkom-demo-2026");
    return new BenchOptions(args[0], url, es, db, data, work, articles, agents, requests, password);
  }
}
