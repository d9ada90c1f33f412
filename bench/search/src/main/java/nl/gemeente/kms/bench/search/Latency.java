package nl.gemeente.kms.bench.search;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gemeente.kms.exchange.corpus.CorpusGenerator;
import nl.gemeente.kms.search.application.ArticleSearchIndex.Filters;
import nl.gemeente.kms.search.application.ArticleSearchIndex.SearchQuery;
import nl.gemeente.kms.search.application.Synonyms;
import nl.gemeente.kms.search.infrastructure.ElasticsearchQueries;

/**
 * Query latency with a large corpus loaded: the agent search through the KMS API, and the very
 * requests the API sends (same query shape, same synonym alternatives, and the spelling suggestion
 * when nothing was found) posted straight to Elasticsearch, the floor. Both at each number of concurrent agents, measured at the client.
 */
final class Latency {

  private static final String ALIAS = "kms-articles";
  private static final int WARM_UP = 20;
  /**
   * Before the first measurement both paths are warmed in rounds (this many agents, this many requests each) until
   * the API's throughput stops rising by 5% a round: a server in service has long been compiled by its JIT and has
   * sized its thread pool and heap. 400 requests from one agent were far too few; the KMS server kept getting faster
   * for some 20,000 requests more.
   */
  private static final int WARM_UP_AGENTS = 10;
  private static final int WARM_UP_PER_AGENT = 300;
  private static final int WARM_UP_MAX_ROUNDS = 12;

  private final BenchOptions options;
  private final PrintStream out;

  Latency(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Measured at the client; {@code took}: Elasticsearch's own time for the search, as its response says. */
  record Percentiles(String target, int agents, int requests, double p50, double p95, double p99, double perSecond,
      double tookP50, double tookP95, double kmsCpuPerSearch, double esCpuPerSearch) {
    String row() {
      return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f | %.0f / %.0f | %.1f / %.1f |", target,
          agents, requests, p50, p95, p99, perSecond, tookP50, tookP95, kmsCpuPerSearch, esCpuPerSearch);
    }
  }

  record Reindex(long articles, double seconds, double perSecond) {}

  record Result(long liveArticles, Reindex reindex, List<Percentiles> rows) {}

  Result run() throws Exception {
    KmsClient admin = KmsClient.login(options.url(), "adam.admin", options.password());
    CorpusWriter.load(options.jdbcUrl(), new CorpusGenerator(1), options.articles(), out);
    // the articles went past the workflow and the outbox: the reindex is what puts them in the index
    Reindex reindex = reindex(admin);
    // the reindex counted what is live; the consistency check is not used here: it answers too slowly at 100,000
    long live = reindex.articles();
    List<String> queries = DevQuery.read(options.data().resolve("search-dev-queries.jsonl")).stream().map(DevQuery::query).toList();
    List<String> direct = directBodies(admin, queries);
    List<String> suggestions = suggestionBodies(queries);
    List<Percentiles> rows = new ArrayList<>();
    ProcessCpu kms = ProcessCpu.find("kmsSearchBench");
    ProcessCpu es = ProcessCpu.find("org.elasticsearch.bootstrap");
    Connect agent = index -> KmsClient.login(options.url(), "anna.agent", options.password());
    Call viaApi = (client, i) -> ((KmsClient) client).search(queries.get(i), 10).path("tookMillis");
    Connect node = index -> new EsClient(options.esUrl());
    Call straight = (client, i) -> directly((EsClient) client, direct.get(i), suggestions.get(i));
    double best = 0;
    for (int round = 1; round <= WARM_UP_MAX_ROUNDS; round++) {
      double perSecond = measure("warm-up", WARM_UP_AGENTS, WARM_UP_PER_AGENT, kms, es, queries, agent, viaApi).perSecond();
      measure("warm-up", WARM_UP_AGENTS, WARM_UP_PER_AGENT, kms, es, queries, node, straight);
      out.printf(Locale.ROOT, "warm-up round %d: %.0f searches/s through the API%n", round, perSecond);
      if (round >= 3 && perSecond < best * 1.05) {
        break;
      }
      best = Math.max(best, perSecond);
    }
    for (int agents : options.agents()) {
      int perAgent = Math.max(WARM_UP, options.requestsPerAgent());
      rows.add(measure("API", agents, perAgent, kms, es, queries, agent, viaApi));
      rows.add(measure("Elasticsearch direct", agents, perAgent, kms, es, queries, node, straight));
      out.println(rows.get(rows.size() - 2).row());
      out.println(rows.get(rows.size() - 1).row());
    }
    return new Result(live, reindex, rows);
  }

  private Reindex reindex(KmsClient admin) throws IOException {
    long started = System.nanoTime();
    admin.post("/api/search/reindex");
    JsonNode p;
    do {
      Loading.sleep(250);
      p = admin.get("/api/search/reindex");
    } while (p.path("state").asText().equals("RUNNING"));
    double seconds = (System.nanoTime() - started) / 1e9;
    if (!p.path("state").asText().equals("DONE")) {
      throw new IOException("reindex ended " + p);
    }
    long done = p.path("done").asLong();
    out.printf(Locale.ROOT, "reindex: %,d articles in %.1f s (%.0f/s)%n", done, seconds, done / seconds);
    return new Reindex(done, seconds, done / seconds);
  }

  /**
   * What the API asks Elasticsearch for one agent's search: the search, and when it found nothing the
   * spelling suggestion as well. Returns the search's {@code took}, as the API reports it.
   */
  private static JsonNode directly(EsClient es, String search, String suggestion) throws IOException {
    JsonNode response = es.json("POST", "/" + ALIAS + "/_search?typed_keys=true", search);
    if (response.path("hits").path("total").path("value").asLong() == 0) {
      es.json("POST", "/" + ALIAS + "/_search?typed_keys=true", suggestion);
    }
    return response.path("took");
  }

  private static List<String> suggestionBodies(List<String> queries) {
    JacksonJsonpMapper mapper = new JacksonJsonpMapper();
    return queries.stream().map(q -> JsonpUtils.toJsonString(ElasticsearchQueries.didYouMean(ALIAS, q), mapper)).toList();
  }

  /** The API's request for each query, as JSON: built by the API's own code with the current synonym rules. */
  private static List<String> directBodies(KmsClient admin, List<String> queries) throws IOException {
    List<List<String>> rules = new ArrayList<>();
    admin.get("/api/search/synonyms").forEach(r -> rules.add(KmsClient.JSON.convertValue(r.path("terms"),
        KmsClient.JSON.getTypeFactory().constructCollectionType(List.class, String.class))));
    JacksonJsonpMapper mapper = new JacksonJsonpMapper();
    return queries.stream().map(q -> JsonpUtils.toJsonString(ElasticsearchQueries.search(ALIAS,
        new SearchQuery(q, Synonyms.alternatives(q, rules), Filters.NONE, 0, 10, false)), mapper)).toList();
  }

  interface Connect {
    Object open(int agent) throws IOException;
  }

  /** One search; returns Elasticsearch's {@code took} from the response. */
  interface Call {
    JsonNode run(Object client, int query) throws IOException;
  }

  /** {@code agents} threads, each with its own connection or session, share the requests between them. */
  private Percentiles measure(String target, int agents, int perAgent, ProcessCpu kms, ProcessCpu es, List<String> queries,
      Connect connect, Call call) throws Exception {
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    List<Double> took = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(agents);
    try {
      List<Object> clients = new ArrayList<>();
      for (int a = 0; a < agents; a++) {
        clients.add(connect.open(a));
      }
      List<Future<?>> done = new ArrayList<>();
      long started = System.nanoTime();
      double kmsCpu = kms.millis();
      double esCpu = es.millis();
      for (int a = 0; a < agents; a++) {
        int agent = a;
        done.add(pool.submit(() -> {
          for (int i = 0; i < WARM_UP + perAgent; i++) {
            int query = (agent * 7 + i) % queries.size();
            long t = System.nanoTime();
            JsonNode esTook = call.run(clients.get(agent), query);
            if (i >= WARM_UP) {
              millis.add((System.nanoTime() - t) / 1e6);
              took.add(esTook.asDouble(Double.NaN));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      // warm-up requests included: the CPU counters cannot tell them apart
      int requests = agents * (WARM_UP + perAgent);
      double kmsPerSearch = (kms.millis() - kmsCpu) / requests;
      double esPerSearch = (es.millis() - esCpu) / requests;
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      List<Double> tookSorted = new ArrayList<>(took);
      Collections.sort(tookSorted);
      return new Percentiles(target, agents, sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
          requests / seconds, at(tookSorted, 0.50), at(tookSorted, 0.95), kmsPerSearch, esPerSearch);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double at(List<Double> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
  }
}
