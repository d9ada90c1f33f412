package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Import jobs through the admin API: the dry run, re-running, drafts, and who may import and export. */
@ExtendWith(ArquillianExtension.class)
class ImportExportIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api admin = Api.as("adam.admin");

  @Test
  void aDryRunReportsEveryProblemByFileLineAndFieldAndWritesNothing() {
    String p = ImportRecords.prefix();
    String good = "---\nexternalId: " + p + "-goed\ntitle: Goed\ndepartment: wonen\naudience: PUBLIC\nshortAnswer: Kort.\n---\nTekst.\n";
    Map<String, String> files = new LinkedHashMap<>();
    files.put("a/" + p + "-goed.md", good);
    files.put("b/" + p + "-goed.md", good.replace(p + "-goed\n", p + "-ander\n"));
    files.put(p + "-afdeling.md",
        "---\nexternalId: " + p + "-afd\ntitle: Afdeling\ndepartment: burgerzakn\naudience: PUBLIC\nshortAnswer: Kort.\n---\n");
    files.put(p + "-script.md", "---\nexternalId: " + p + "-script\ntitle: Script\ndepartment: wonen\naudience: PUBLIC\n"
        + "shortAnswer: Kort.\n---\n\nTekst\n<script>alert(1)</script>\n");
    byte[] zip = Imports.zip(files);

    JsonNode job = Imports.run(admin, "?format=md&dryRun=true", "application/zip", zip);

    assertThat(job.path("state").asText()).isEqualTo("FINISHED");
    assertThat(job.path("validation").path("records").asInt()).isEqualTo(4);
    assertThat(job.path("validation").path("valid").asInt()).isEqualTo(1);
    List<org.assertj.core.groups.Tuple> problems = new ArrayList<>();
    job.path("problems").forEach(pr -> problems.add(tuple(pr.path("file").asText(), pr.path("line").asInt(), pr.path("field").asText())));
    assertThat(problems).containsExactlyInAnyOrder(
        tuple(p + "-afdeling.md", 4, "department"), tuple(p + "-script.md", 10, "body"), tuple("b/" + p + "-goed.md", 1, "slug"));
    assertThat(job.path("problems").toString()).contains("did you mean burgerzaken?");
    assertThat(Imports.exported(admin, "wonen", p)).isEmpty();
  }

  @Test
  void reRunningSkipsWhatIsImportedAndAChangedSourceBecomesANewVersion() {
    String p = ImportRecords.prefix();
    List<ArticleRecord> records = new ArrayList<>(List.of(ImportRecords.simple(p, "a", "afval", "Een."),
        ImportRecords.simple(p, "b", "afval", "Twee."), ImportRecords.simple(p, "c", "afval", "Drie.")));
    assertThat(summary(Imports.run(admin, "?format=jsonl", "application/x-ndjson", ImportRecords.jsonLines(records))))
        .containsExactly(3, 0, 0, 0);
    assertThat(summary(Imports.run(admin, "?format=jsonl", "application/x-ndjson", ImportRecords.jsonLines(records))))
        .containsExactly(0, 0, 3, 0);

    records.set(1, ImportRecords.simple(p, "b", "afval", "Twee, met nieuwe tarieven."));
    assertThat(summary(Imports.run(admin, "?format=jsonl", "application/x-ndjson", ImportRecords.jsonLines(records))))
        .containsExactly(0, 1, 2, 0);

    JsonNode changed = exportedWithAudit(p).get(p + "-b");
    assertThat(changed.path("body").asText()).isEqualTo("Twee, met nieuwe tarieven.");
    assertThat(changed.path("versions").findValuesAsText("state")).containsExactly("SUPERSEDED", "PUBLISHED");
    assertThat(changed.path("audit").findValuesAsText("action"))
        .containsSubsequence("CREATE", "SUBMIT", "APPROVE", "PUBLISH", "IMPORT", "NEW_DRAFT", "EDIT", "SUBMIT", "APPROVE");
    assertThat(changed.path("audit").findValuesAsText("actor")).contains("import:adam.admin", "import-review:adam.admin", "system");
  }

  @Test
  void anImportAsDraftLeavesTheArticlesForEditorsToReview() {
    String p = ImportRecords.prefix();
    var records = List.of(ImportRecords.simple(p, "a", "parkeren", "Concept."));
    assertThat(summary(Imports.run(admin, "?format=jsonl&as=draft", "application/x-ndjson", ImportRecords.jsonLines(records))))
        .containsExactly(1, 0, 0, 0);
    JsonNode draft = Imports.exported(admin, "parkeren", p).get(p + "-a");
    assertThat(draft.path("state").asText()).isEqualTo("DRAFT");
    assertThat(draft.path("versions").get(0).path("author").asText()).isEqualTo("import:adam.admin");
  }

  @Test
  void onlyAdministratorsImportAndOnlyTheyAndKnowledgeManagersExport() {
    byte[] one = ImportRecords.jsonLines(List.of(ImportRecords.simple(ImportRecords.prefix(), "a", "wonen", "x")));
    Api.Response refused = Api.as("karin.km").postBytes("/api/admin/imports?format=jsonl", "application/x-ndjson", one);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(Api.as("bert.burgerzaken").get("/api/admin/exports?format=jsonl").status()).isEqualTo(403);
    assertThat(Api.as("karin.km").download("/api/admin/exports?format=md&department=wonen")).isNotEmpty();

    Api.Response unknown = admin.postBytes("/api/admin/imports?format=vac&department=wonn", "text/csv", "id\n".getBytes());
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body().path("detail").asText()).contains("did you mean wonen?");
    assertThat(admin.get("/api/admin/imports/no-such-job").status()).isEqualTo(404);
  }

  private Map<String, JsonNode> exportedWithAudit(String prefix) {
    String jsonl = new String(admin.download("/api/admin/exports?format=jsonl&department=afval&audit=true"),
        java.nio.charset.StandardCharsets.UTF_8);
    Map<String, JsonNode> mine = new java.util.HashMap<>();
    jsonl.lines().filter(l -> l.contains("\"externalId\":\"" + prefix)).map(Imports::parse)
        .forEach(n -> mine.put(n.get("externalId").asText(), n));
    return mine;
  }

  /** created, updated, skipped, failed */
  static List<Integer> summary(JsonNode job) {
    assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("FINISHED");
    JsonNode s = job.path("summary");
    return List.of(s.path("created").asInt(), s.path("updated").asInt(), s.path("skipped").asInt(), s.path("failed").asInt());
  }
}
