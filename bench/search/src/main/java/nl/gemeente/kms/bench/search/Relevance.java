package nl.gemeente.kms.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.exchange.format.ReadOptions;
import nl.gemeente.kms.exchange.format.RecordReader;

/**
 * Relevance on real text: the Rijksoverheid VACs imported through the KMS importer, the development
 * queries asked through the agent search API, and the same queries on a plain baseline index that
 * this class creates in the same Elasticsearch node (standard analyzer, default BM25 multi_match over
 * question and answer, no boosts, no synonyms).
 */
final class Relevance {

  static final List<String> VAC_FILES = List.of("rijksoverheid_vacs_bzk.csv", "rijksoverheid_vacs_omgevingswet.csv");
  private static final String BASELINE = "bench-baseline-vac";
  private static final int DEPTH = 50;

  private final BenchOptions options;
  private final PrintStream out;

  Relevance(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** {@code kms}: ranked among the VACs, like the baseline; {@code kmsAll}: among everything, demo articles included. */
  record Result(Scores kms, Scores kmsAll, Scores baseline) {}

  Result run() throws IOException {
    Map<String, ArticleRecord> vacs = readVacs();
    Loading.importFiles(options, VAC_FILES.stream().map(f -> vacDir().resolve(f)).toList(), "vac", "burgerzaken", out);
    KmsClient admin = KmsClient.login(options.url(), "adam.admin", options.password());
    Loading.awaitIndexed(admin, out);
    List<DevQuery> queries = DevQuery.read(options.data().resolve("search-dev-queries.jsonl"));
    KmsClient agent = KmsClient.login(options.url(), "anna.agent", options.password());
    Scores kms = new Scores();
    Scores kmsAll = new Scores();
    for (DevQuery q : queries) {
      JsonNode hits = agent.search(q.query(), DEPTH).path("hits");
      kmsAll.add(q, rank(hits, "externalId", q.expected()));
      // the KMS also holds the demo knowledge base, whose own articles on passports or moving are fine
      // answers too; the baseline holds only the VACs, so the comparison ranks among the VACs
      var onlyVacs = KmsClient.JSON.createArrayNode();
      hits.forEach(h -> {
        if (vacs.containsKey(h.path("externalId").asText())) {
          onlyVacs.add(h);
        }
      });
      kms.add(q, rank(onlyVacs, "externalId", q.expected()));
    }
    EsClient es = new EsClient(options.esUrl());
    createBaseline(es, vacs);
    Scores baseline = new Scores();
    for (DevQuery q : queries) {
      ObjectNode body = KmsClient.JSON.createObjectNode().put("size", DEPTH);
      body.putObject("query").putObject("multi_match").put("query", q.query()).putArray("fields").add("question").add("answer");
      JsonNode hits = es.json("POST", "/" + BASELINE + "/_search", body.toString()).path("hits").path("hits");
      baseline.add(q, rank(hits, "_id", q.expected()));
    }
    return new Result(kms, kmsAll, baseline);
  }

  /** 1-based place of the expected VAC among the results, 0 when it is not there. */
  private static int rank(JsonNode hits, String idField, String expected) {
    for (int i = 0; i < hits.size(); i++) {
      if (expected.equals(hits.get(i).path(idField).asText())) {
        return i + 1;
      }
    }
    return 0;
  }

  private Path vacDir() {
    return options.data().resolve("rijksoverheid-vac");
  }

  private Map<String, ArticleRecord> readVacs() throws IOException {
    Map<String, ArticleRecord> vacs = new LinkedHashMap<>();
    for (String file : VAC_FILES) {
      try (RecordReader reader = ExchangeFormat.VAC_CSV.open(vacDir().resolve(file), ReadOptions.defaults().withDepartment("burgerzaken"))) {
        for (var r = reader.next(); r.isPresent(); r = reader.next()) {
          r.get().record().ifPresent(a -> vacs.put(a.externalId(), a));
        }
      }
    }
    return vacs;
  }

  private static void createBaseline(EsClient es, Map<String, ArticleRecord> vacs) throws IOException {
    es.json("DELETE", "/" + BASELINE, null);
    es.json("PUT", "/" + BASELINE, """
        {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
         "mappings": {"properties": {"question": {"type": "text"}, "answer": {"type": "text"}}}}""");
    StringBuilder bulk = new StringBuilder();
    for (ArticleRecord vac : vacs.values()) {
      ObjectNode doc = KmsClient.JSON.createObjectNode().put("question", vac.content().title()).put("answer", answer(vac));
      bulk.append("{\"index\":{\"_id\":\"").append(vac.externalId()).append("\"}}\n").append(doc).append('\n');
    }
    es.send("POST", "/" + BASELINE + "/_bulk?refresh=true", bulk.toString(), "application/x-ndjson");
  }

  // the reference answer as in the CSV: the importer appends a source line to the body, the baseline leaves it out
  private static String answer(ArticleRecord vac) {
    String body = vac.content().body();
    int source = body.lastIndexOf("\n\nBron: ");
    return source < 0 ? body : body.substring(0, source);
  }
}
