package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every bad input of the editorial API gets a clear 4xx problem response naming the field and the
 * rule, and nothing already stored changes.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleBadInputIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");

  @Test
  void emptyTitleIsRefusedWithTheFieldAndRule() {
    ObjectNode request = Articles.create("burgerzaken", "", "Tekst.");
    Api.Response r = bert.post("/api/articles", request);
    assertProblem(r, 400, "title", "required");
  }

  @Test
  void aTwoMegabyteBodyIsRefused() {
    Api.Response r = bert.post("/api/articles", Articles.create("burgerzaken", "Te lang", "x".repeat(2_000_000)));
    assertThat(r.status()).isIn(400, 413);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void anUnknownDepartmentIsRefused() {
    Api.Response r = bert.post("/api/articles", Articles.create("brandweer", "Onbekend", "Tekst."));
    assertProblem(r, 400, "department", "unknown-department");
  }

  @Test
  void markdownWithAScriptIsRefusedNotSilentlyCut() {
    Api.Response r = bert.post("/api/articles", Articles.create("burgerzaken", "Script", "Hallo <script>alert(1)</script>"));
    assertProblem(r, 400, "body", "unsafe-markup");
  }

  @Test
  void malformedJsonAndWrongContentTypeAreClearErrors() {
    Api.Response broken = bert.postRaw("/api/articles", "application/json", "{\"department\": ");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.contentType()).startsWith("application/problem+json");
    Api.Response text = bert.postRaw("/api/articles", "text/plain", "hallo");
    assertThat(text.status()).isEqualTo(415);
  }

  @Test
  void anUnknownStateInTheArticleListIsAClearError() {
    assertProblem(bert.get("/api/articles?state=GEPUBLICEERD"), 400, "state", "one-of");
  }

  @Test
  void theArticleListFiltersOnTheNewestStateAndTitleNewestFirst() {
    String token = "Lijstfilter" + System.nanoTime();
    long published = Articles.publish(bert, bea, "burgerzaken", token + " gepubliceerd", "Tekst.");
    long draft = Articles.createDraft(bert, "burgerzaken", token + " concept", "Tekst.");
    Articles.newVersion(bert, published, Articles.content(token + " gepubliceerd", "Nieuwe tekst."));

    // the published article now has a newer draft, so both are in the draft queue, newest first
    JsonNode drafts = bert.get("/api/articles?department=burgerzaken&state=DRAFT&q=" + token.toLowerCase()).body();
    List<Long> ids = new ArrayList<>();
    drafts.forEach(a -> ids.add(a.get("id").asLong()));
    assertThat(ids).containsExactly(draft, published);
    JsonNode live = bert.get("/api/articles?state=PUBLISHED&state=ARCHIVED&q=" + token).body();
    assertThat(live.size()).isZero();
  }

  @Test
  void anEditorOfAnotherDepartmentCannotCreateOrEdit() {
    Api ben = Api.as("ben.belastingen");
    assertThat(ben.post("/api/articles", Articles.create("burgerzaken", "Niet van mij", "Tekst.")).status()).isEqualTo(403);
    long id = Articles.publish(bert, bea, "burgerzaken", "Gemeentelijke basisadministratie", "Tekst.");
    // a published article is visible to everyone, but only its department may start a new draft
    Api.Response r = ben.post("/api/articles/" + id + "/versions", Api.object());
    assertThat(r.status()).isEqualTo(403);
    assertThat(bert.get("/api/articles/" + id).body().get("versions").size()).isEqualTo(1);
  }

  @Test
  void schedulingWithAValidFromInThePastIsRefusedAndTheVersionStaysApproved() {
    long id = Articles.createDraft(bert, "burgerzaken", "Leges in het verleden", "Tekst.");
    String etag = bert.get("/api/articles/" + id + "/versions/1").header("ETag").orElseThrow();
    ObjectNode content = Articles.content("Leges in het verleden", "Tekst.");
    content.put("validFrom", LocalDate.now().minusDays(3).toString());
    Articles.expect(bert.put("/api/articles/" + id + "/versions/1", content, etag), 200);
    Articles.expect(Articles.transition(bert, id, 1, "SUBMIT", null), 200);
    Articles.expect(Articles.transition(bea, id, 1, "APPROVE", null), 200);
    Api.Response r = Articles.transition(bea, id, 1, "SCHEDULE", null);
    assertProblem(r, 422, "validFrom", null);
    assertThat(bert.get("/api/articles/" + id + "/versions/1").body().get("state").asText()).isEqualTo("APPROVED");
  }

  @Test
  void aCommentIsRequiredToRequestChangesAndTheReasonIsKept() {
    long id = Articles.createDraft(bert, "burgerzaken", "Opmerking vereist", "Tekst.");
    Articles.expect(Articles.transition(bert, id, 1, "SUBMIT", null), 200);
    assertProblem(Articles.transition(bea, id, 1, "REQUEST_CHANGES", " "), 422, "comment", null);
    Articles.expect(Articles.transition(bea, id, 1, "REQUEST_CHANGES", "Kosten ontbreken"), 200);
    JsonNode v = bert.get("/api/articles/" + id + "/versions/1").body();
    assertThat(v.get("state").asText()).isEqualTo("DRAFT");
    assertThat(v.get("reviewComment").asText()).isEqualTo("Kosten ontbreken");
  }

  @Test
  void unknownArticlesAndBadQueryValuesAreProblems() {
    assertThat(bert.get("/api/articles/99999999").status()).isEqualTo(404);
    assertThat(bert.get("/api/articles/abc").status()).isEqualTo(404);
    assertThat(bert.get("/api/articles/1/live?at=gisteren").status()).isEqualTo(400);
    assertThat(bert.get("/api/articles/1/diff?from=1").status()).isEqualTo(400);
    Api.Response unknownTransition = bert.postRaw("/api/articles/1/versions/1/transitions", "application/json",
        "{\"transition\":\"DELETE_EVERYTHING\"}");
    assertThat(unknownTransition.status()).isEqualTo(400);
    assertThat(unknownTransition.contentType()).startsWith("application/problem+json");
  }

  private static void assertProblem(Api.Response r, int status, String field, String rule) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode errors = r.body().get("errors");
    assertThat(errors).as(r.toString()).isNotNull();
    assertThat(errors.findValuesAsText("field")).contains(field);
    if (rule != null) {
      assertThat(errors.findValuesAsText("rule")).contains(rule);
    }
  }
}
