package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Export, then import what was exported under new ids: the copies have exactly the published
 * content of the originals, through JSON Lines and through the Markdown zip alike. (New ids stand in
 * for an empty instance: the import cannot tell the difference, and the test needs no second server.)
 */
@ExtendWith(ArquillianExtension.class)
class RoundTripIT {

  private static final List<String> CONTENT_FIELDS = List.of("department", "audience", "topics", "sourceUrl", "title",
      "shortAnswer", "body", "keywords", "questionAnswers", "changeSummary", "changeLevel", "validFrom", "validUntil", "state");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api admin = Api.as("adam.admin");

  @Test
  void exportThenImportReproducesThePublishedContent() {
    String original = ImportRecords.prefix();
    var records = ImportRecords.varied(original, "wonen");
    assertThat(ImportExportIT.summary(Imports.run(admin, "?format=jsonl", "application/x-ndjson", ImportRecords.jsonLines(records))))
        .containsExactly(4, 0, 0, 0);
    Map<String, JsonNode> originals = Imports.exported(admin, "wonen", original);
    assertThat(originals).hasSize(4);

    String viaJson = ImportRecords.prefix();
    String jsonl = originals.values().stream().map(n -> renamed(n, original, viaJson).toString()).collect(Collectors.joining("\n"));
    assertThat(ImportExportIT.summary(Imports.run(admin, "?format=jsonl", "application/x-ndjson", jsonl.getBytes(StandardCharsets.UTF_8))))
        .containsExactly(4, 0, 0, 0);

    String viaMarkdown = ImportRecords.prefix();
    Map<String, String> zip = new LinkedHashMap<>();
    Imports.unzip(admin.download("/api/admin/exports?format=md&department=wonen")).forEach((name, text) -> {
      if (name.startsWith("wonen/" + original)) {
        zip.put(name.replace(original, viaMarkdown), text.replace("externalId: " + original, "externalId: " + viaMarkdown));
      }
    });
    assertThat(zip).hasSize(4);
    assertThat(ImportExportIT.summary(Imports.run(admin, "?format=md", "application/zip", Imports.zip(zip))))
        .containsExactly(4, 0, 0, 0);

    Map<String, JsonNode> jsonCopies = Imports.exported(admin, "wonen", viaJson);
    Map<String, JsonNode> markdownCopies = Imports.exported(admin, "wonen", viaMarkdown);
    for (var entry : originals.entrySet()) {
      String name = entry.getKey().substring(original.length());
      assertThat(content(jsonCopies.get(viaJson + name))).isEqualTo(content(entry.getValue()));
      assertThat(content(markdownCopies.get(viaMarkdown + name))).isEqualTo(content(entry.getValue()));
    }
    // and importing an export into the instance it came from changes nothing
    assertThat(ImportExportIT.summary(Imports.run(admin, "?format=jsonl", "application/x-ndjson", jsonl.getBytes(StandardCharsets.UTF_8))))
        .containsExactly(0, 0, 4, 0);
  }

  private static ObjectNode renamed(JsonNode exported, String from, String to) {
    ObjectNode copy = exported.deepCopy();
    copy.put("externalId", exported.get("externalId").asText().replace(from, to));
    copy.put("slug", exported.get("slug").asText().replace(from, to));
    return copy;
  }

  private static Map<String, JsonNode> content(JsonNode article) {
    assertThat(article).isNotNull();
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    CONTENT_FIELDS.forEach(f -> fields.put(f, article.get(f)));
    return fields;
  }
}
