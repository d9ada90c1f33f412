package nl.gemeente.kms.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** Reading an employee's inbox in tests; each test looks only at notifications about its own articles. */
final class Inbox {

  private Inbox() {}

  static List<JsonNode> about(Api who, long articleId) {
    JsonNode all = Articles.expect(who.get("/api/notifications?limit=200"), 200).body();
    return StreamSupport.stream(all.spliterator(), false)
        .filter(n -> n.path("articleId").asLong() == articleId)
        .toList();
  }

  static List<String> types(Api who, long articleId) {
    return about(who, articleId).stream().map(n -> n.get("type").asText()).toList();
  }

  static JsonNode one(Api who, long articleId, String type, int version) {
    return about(who, articleId).stream()
        .filter(n -> n.get("type").asText().equals(type) && n.path("version").asInt() == version)
        .findFirst()
        .orElseThrow(() -> new AssertionError(who.username + " has no " + type + " of version " + version + " of " + articleId));
  }
}
