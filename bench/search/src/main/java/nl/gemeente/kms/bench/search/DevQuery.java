package nl.gemeente.kms.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of search-dev-queries.jsonl: what the agent typed, which VAC should come first, and the kind of query. */
record DevQuery(String query, String expected, String kind) {

  static List<DevQuery> read(Path file) throws IOException {
    List<DevQuery> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = KmsClient.JSON.readTree(line);
        queries.add(new DevQuery(n.get("query").asText(), n.get("expected").asText(), n.get("kind").asText()));
      }
    }
    return queries;
  }
}
