package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The life of an article through the REST API, with every rule enforced on the server. */
@ExtendWith(ArquillianExtension.class)
class EditorialWorkflowIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");

  @Test
  void fullLifeNewVersionSupersedesAndHistoryAndAuditAreKept() {
    long id = Articles.publish(bert, bea, "burgerzaken", "Rijbewijs verlengen", "Versie een.");
    Api.Response draft = Articles.expect(bert.post("/api/articles/" + id + "/versions", Api.object()), 201);
    assertThat(draft.body().get("number").asInt()).isEqualTo(2);
    ObjectNode content = Articles.content("Rijbewijs verlengen", "Versie twee met nieuwe kosten.");
    Articles.expect(bert.put("/api/articles/" + id + "/versions/2", content, draft.header("ETag").orElseThrow()), 200);
    Articles.expect(Articles.transition(bert, id, 2, "SUBMIT", null), 200);
    Articles.expect(Articles.transition(bea, id, 2, "APPROVE", null), 200);
    Articles.expect(Articles.transition(bea, id, 2, "PUBLISH", null), 200);

    JsonNode article = bert.get("/api/articles/" + id).body();
    assertThat(article.get("publishedVersion").asInt()).isEqualTo(2);
    assertThat(article.get("versions").findValuesAsText("state")).containsExactly("SUPERSEDED", "PUBLISHED");
    List<String> actions = bert.get("/api/articles/" + id + "/audit").body().findValuesAsText("action");
    assertThat(actions).containsSubsequence("CREATE", "SUBMIT", "APPROVE", "PUBLISH", "NEW_DRAFT", "EDIT", "SUBMIT", "APPROVE");
    // publishing version 2 and superseding version 1 are one change, recorded at the same moment
    assertThat(actions.subList(actions.size() - 2, actions.size())).containsExactlyInAnyOrder("PUBLISH", "SUPERSEDE");
  }

  @Test
  void theAuthorCannotApproveTheirOwnVersion() {
    long id = Articles.createDraft(bert, "burgerzaken", "Naamswijziging", "Tekst.");
    Articles.expect(Articles.transition(bert, id, 1, "SUBMIT", null), 200);
    Api.Response refused = Articles.transition(bert, id, 1, "APPROVE", null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(bert.get("/api/articles/" + id + "/versions/1").body().get("state").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void anEditorOfAnotherDepartmentCannotTouchTheArticleAndDoesNotSeeItsDraft() {
    long id = Articles.createDraft(bert, "burgerzaken", "Uittreksel BRP", "Tekst.");
    Api ben = Api.as("ben.belastingen");
    assertThat(ben.get("/api/articles/" + id).status()).isEqualTo(404);
    assertThat(Articles.transition(ben, id, 1, "SUBMIT", null).status()).isEqualTo(404);
    assertThat(Api.as("anna.agent").get("/api/articles/" + id).status()).isEqualTo(404);
  }

  @Test
  void aTransitionFromTheWrongStateNamesTheAllowedOnes() {
    long id = Articles.createDraft(bert, "burgerzaken", "Geboorteaangifte", "Tekst.");
    Api.Response refused = Articles.transition(bea, id, 1, "PUBLISH", null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("detail").asText()).contains("DRAFT");
    assertThat(refused.body().get("allowedTransitions").toString()).contains("SUBMIT");
  }

  @Test
  void aStaleETagIsRefusedAndTheEditIsNotLost() {
    long id = Articles.createDraft(bert, "burgerzaken", "Akte van overlijden", "Origineel.");
    String etag = bert.get("/api/articles/" + id + "/versions/1").header("ETag").orElseThrow();
    Articles.expect(bea.put("/api/articles/" + id + "/versions/1", Articles.content("Akte van overlijden", "Bea's tekst."), etag), 200);
    Api.Response stale = bert.put("/api/articles/" + id + "/versions/1", Articles.content("Akte van overlijden", "Bert's tekst."), etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(bert.get("/api/articles/" + id + "/versions/1").body().get("body").asText()).isEqualTo("Bea's tekst.");
    assertThat(bert.put("/api/articles/" + id + "/versions/1", Articles.content("x", "y"), null).status()).isEqualTo(428);
  }

  @Test
  void ofTwoReviewersApprovingAtOnceExactlyOneWins() throws Exception {
    long id = Articles.createDraft(bert, "burgerzaken", "Nationaliteit", "Tekst.");
    Articles.expect(Articles.transition(bert, id, 1, "SUBMIT", null), 200);
    Api km = Api.as("karin.km");
    try (var pool = Executors.newFixedThreadPool(2)) {
      List<Callable<Integer>> approvals = List.of(
          () -> Articles.transition(bea, id, 1, "APPROVE", null).status(),
          () -> Articles.transition(km, id, 1, "APPROVE", null).status());
      List<Integer> statuses = pool.invokeAll(approvals).stream().map(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).toList();
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }
    List<String> approvals = bert.get("/api/articles/" + id + "/audit").body().findValuesAsText("action");
    assertThat(approvals.stream().filter("APPROVE"::equals)).hasSize(1);
  }

  @Test
  void aScheduledVersionGoesLiveWhenItsDayComesAndTheOldTextStaysTraceable() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    long id = Articles.publish(bert, bea, "burgerzaken", "Leges rijbewijs", "Oude leges.");
    Api.Response draft = Articles.expect(bert.post("/api/articles/" + id + "/versions", Api.object()), 201);
    ObjectNode next = Articles.content("Leges rijbewijs", "Nieuwe leges vanaf volgende week.");
    next.put("validFrom", today.plusDays(7).toString());
    Articles.expect(bert.put("/api/articles/" + id + "/versions/2", next, draft.header("ETag").orElseThrow()), 200);
    Articles.expect(Articles.transition(bert, id, 2, "SUBMIT", null), 200);
    Articles.expect(Articles.transition(bea, id, 2, "APPROVE", null), 200);
    assertThat(Articles.transition(bea, id, 2, "PUBLISH", null).status()).isEqualTo(422);
    Articles.expect(Articles.transition(bea, id, 2, "SCHEDULE", null), 200);
    assertThat(bert.get("/api/articles/" + id).body().get("scheduledVersion").asInt()).isEqualTo(2);
    Instant whileVersionOneWasLive = Instant.now();

    Api admin = Api.as("adam.admin");
    try {
      ObjectNode clock = Api.object();
      clock.put("now", today.plusDays(7).atTime(7, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant().toString());
      Articles.expect(admin.put("/api/admin/clock", clock, null), 200);
      // the scheduler works from stored state, exactly as it does at start-up after a restart
      Articles.expect(admin.post("/api/admin/scheduler/run", Api.object()), 200);
      JsonNode article = bert.get("/api/articles/" + id).body();
      assertThat(article.get("publishedVersion").asInt()).isEqualTo(2);
      Api.Response thenLive = Articles.expect(bert.get("/api/articles/" + id + "/live?at=" + whileVersionOneWasLive), 200);
      assertThat(thenLive.body().get("number").asInt()).isEqualTo(1);
    } finally {
      admin.put("/api/admin/clock", Api.object(), null);
    }
  }
}
