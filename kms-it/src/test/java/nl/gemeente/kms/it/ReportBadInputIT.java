package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every bad input of the report API gets a clear 4xx problem naming the field and the rule, or the
 * state and the allowed steps, and nothing stored changes: no report is added, a refused step
 * leaves the report's state and history as they were.
 */
@ExtendWith(ArquillianExtension.class)
class ReportBadInputIT {

  private static final String BODY = "Een rijbewijs verlengen kost € 52,80. Bel 14 0123 voor een afspraak.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api anna = Api.as("anna.agent");
  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");
  private final Api ben = Api.as("ben.belastingen");
  private final Api karin = Api.as("karin.km");

  @Test
  void filingNeedsAVisibleLiveVersionAnExactQuoteAndADescriptionOfSensibleLength() {
    long article = Articles.publish(bert, bea, "burgerzaken", "Rijbewijs verlengen", BODY);
    int before = mine(anna);
    assertProblem(anna.post("/api/reports", Reports.filing(99_999_999L, 1, "INCORRECT", "Weg.")), 400, "articleId", "unknown-article");
    assertProblem(anna.post("/api/reports", Reports.filing(article, 7, "INCORRECT", "Weg.")), 400, "versionNumber", "unknown-version");
    ObjectNode shifted = Reports.quote(Reports.filing(article, 1, "INCORRECT", "Tarief."), "€ 52,80", 0, 7);
    assertProblem(anna.post("/api/reports", shifted), 400, "quote", "not-in-version");
    assertProblem(anna.post("/api/reports", Reports.filing(article, 1, "INCORRECT", " ")), 400, "description", "required");
    assertProblem(anna.post("/api/reports", Reports.filing(article, 1, "INCORRECT", "x".repeat(100_000))), 400,
        "description", "max-length");
    assertProblem(anna.post("/api/reports", Reports.filing(article, 1, "CONTRADICTS_ARTICLE", "Tegenstrijdig.")), 400,
        "relatedArticleId", "required");
    Api.Response unknownCategory = anna.post("/api/reports", Reports.filing(article, 1, "BORING", "Saai."));
    assertThat(unknownCategory.status()).isEqualTo(400);
    assertThat(unknownCategory.contentType()).startsWith("application/problem+json");
    assertThat(mine(anna)).isEqualTo(before);
  }

  @Test
  void archivedAndDraftVersionsCannotBeReported() {
    long archived = Articles.publish(bert, bea, "burgerzaken", "Oud tarief", BODY);
    int before = mine(bert) + mine(bea) + mine(anna);
    Articles.expect(Articles.transition(bea, archived, 1, "ARCHIVE", "Vervallen"), 200);
    assertProblem(bert.post("/api/reports", Reports.filing(archived, 1, "OUTDATED", "Weg.")), 400, "versionNumber", "archived");
    // agents do not see withdrawn texts at all
    assertProblem(anna.post("/api/reports", Reports.filing(archived, 1, "OUTDATED", "Weg.")), 400, "articleId", "unknown-article");
    long draft = Articles.createDraft(bert, "burgerzaken", "Nog niet live", BODY);
    assertProblem(bea.post("/api/reports", Reports.filing(draft, 1, "UNCLEAR", "Vaag.")), 400, "versionNumber", "not-live");
    assertThat(mine(bert) + mine(bea) + mine(anna)).isEqualTo(before);
  }

  @Test
  void aBsnIsRefusedWhileMailAndPhoneOnlyWarn() {
    String body = "Testnummer 111222333 hoort niet in een artikel. " + BODY;
    long article = Articles.publish(bert, bea, "burgerzaken", "Met een BSN", body);
    int before = mine(anna);
    assertProblem(anna.post("/api/reports", Reports.filing(article, 1, "INCORRECT", "Mevrouw met BSN 123456782 belde.")),
        422, "description", "contains-bsn");
    assertProblem(anna.post("/api/reports", Reports.quoting(Reports.filing(article, 1, "INCORRECT", "Privacy!"), body, "111222333")),
        422, "quote", "contains-bsn");
    assertThat(mine(anna)).isEqualTo(before);
    // nine digits that fail the eleven-test are no BSN
    Articles.expect(anna.post("/api/reports", Reports.filing(article, 1, "INCORRECT", "Aanslag 123456789 klopt niet.")), 201);

    Api.Response warned = anna.post("/api/reports",
        Reports.filing(article, 1, "UNCLEAR", "Burger (jan@example.nl, 06-12345678) snapt het niet."));
    Articles.expect(warned, 201);
    assertThat(warned.body().get("warnings").findValuesAsText("rule")).containsExactly("contains-email", "contains-phone");
    assertThat(warned.body().get("warnings").findValuesAsText("field")).containsOnly("description");
  }

  @Test
  void stepsOutOfTheWrongStateNameTheStateAndTheAllowedSteps() {
    long article = Articles.publish(bert, bea, "burgerzaken", "Verkeerde stap", BODY);
    long id = Reports.file(anna, article, "Tarief klopt niet.");
    Api.Response early = Reports.step(bea, id, "resolve", "resolution", "NO_CHANGE_NEEDED", "explanation", "Klopt.");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.contentType()).startsWith("application/problem+json");
    assertThat(early.body().get("detail").asText()).contains("OPEN");
    assertThat(early.body().get("allowedTransitions").toString()).contains("TRIAGE", "REJECT");
    assertThat(Reports.step(anna, id, "reopen", "comment", "Waarom?").status()).isEqualTo(409);
    assertUnchanged(id, "OPEN", 1);
  }

  @Test
  void aFixMustBeALaterPublicationOfTheSameArticle() {
    long article = Articles.publish(bert, bea, "burgerzaken", "Fix elders", BODY);
    long other = Articles.publish(bert, bea, "burgerzaken", "Ander artikel", BODY);
    int otherFix = Reports.publishNewVersion(bert, bea, other, "Ander artikel", "Nieuw.");
    long id = Reports.file(anna, article, "Tarief klopt niet.");
    Reports.takeOn(bea, id, "bea.burgerzaken");
    assertProblem(Reports.step(bea, id, "resolve", "resolution", "FIXED", "fixArticleId", other, "fixVersion", otherFix),
        422, "fixArticleId", "same-article");
    // version 1 was live before the report was filed: it cannot have fixed it
    assertProblem(Reports.step(bea, id, "resolve", "resolution", "FIXED", "fixVersion", 1), 422, "fixVersion",
        "published-after-report");
    Articles.expect(bert.post("/api/articles/" + article + "/versions", Api.object()), 201);
    assertProblem(Reports.step(bea, id, "resolve", "resolution", "FIXED", "fixVersion", 2), 422, "fixVersion", "published");
    assertProblem(Reports.step(bea, id, "resolve", "resolution", "FIXED", "fixVersion", 9), 422, "fixVersion", "unknown-version");
    assertProblem(Reports.step(bea, id, "resolve", "resolution", "NO_CHANGE_NEEDED"), 422, "explanation", "required");
    assertUnchanged(id, "IN_PROGRESS", 3);
  }

  @Test
  void theReporterReopensOnlyOnce() {
    long article = Articles.publish(bert, bea, "burgerzaken", "Twee keer heropenen", BODY);
    long id = Reports.file(anna, article, "Tarief klopt niet.");
    Articles.expect(Reports.step(bea, id, "reject", "comment", "Klopt wel."), 200);
    assertProblem(Reports.step(anna, id, "reopen"), 422, "comment", "required");
    Articles.expect(Reports.step(anna, id, "reopen", "comment", "Zie rijksoverheid.nl."), 200);
    Articles.expect(Reports.step(bea, id, "reject", "comment", "Nog steeds correct."), 200);
    Api.Response twice = Reports.step(anna, id, "reopen", "comment", "Echt niet.");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body().get("detail").asText()).contains("REJECTED", "only once");
    assertThat(twice.body().get("allowedTransitions")).isEmpty();
    assertUnchanged(id, "REJECTED", 4);
  }

  @Test
  void whoMayDoWhatAgentsEditorsOfOtherDepartmentsAndKnowledgeManagers() {
    long article = Articles.publish(bert, bea, "burgerzaken", "Rechten", BODY);
    long id = Reports.file(anna, article, "Tarief klopt niet.");
    // the reporter sees the report but an agent does not triage
    assertThat(Reports.step(anna, id, "triage", "assignee", "bea.burgerzaken").status()).isEqualTo(403);
    // for an editor of another department and another agent the report does not exist
    assertThat(ben.get("/api/reports/" + id).status()).isEqualTo(404);
    assertThat(Reports.step(ben, id, "triage", "assignee", "ben.belastingen").status()).isEqualTo(404);
    assertThat(Reports.step(ben, id, "reject", "comment", "Niet van ons").status()).isEqualTo(404);
    assertThat(Reports.step(Api.as("kees.agent"), id, "reopen", "comment", "Ik ook").status()).isEqualTo(404);
    // routing and merging are for knowledge managers
    assertThat(Reports.step(bea, id, "route", "department", "belastingen").status()).isEqualTo(403);
    assertThat(Reports.step(bea, id, "duplicate", "originalReportId", id).status()).isEqualTo(403);
    assertProblem(Reports.step(karin, id, "route", "department", "brandweer"), 422, "department", "unknown-department");
    assertProblem(Reports.step(karin, id, "route", "department", "burgerzaken"), 422, "department", "same-department");
    assertProblem(Reports.step(karin, id, "duplicate", "originalReportId", id), 422, "originalReportId", "not-itself");
    assertProblem(Reports.step(bea, id, "triage", "assignee", "ben.belastingen"), 422, "assignee", "not-in-department");
    assertProblem(Reports.step(bea, id, "reject"), 422, "comment", "required");
    assertProblem(Reports.step(bea, id, "triage", "assignee", "bea.burgerzaken", "comment", "BSN 111222333"), 422,
        "comment", "contains-bsn");
    assertUnchanged(id, "OPEN", 1);
  }

  @Test
  void malformedRequestsAreProblemsToo() {
    assertThat(anna.get("/api/reports/abc").status()).isEqualTo(404);
    assertThat(anna.get("/api/reports/99999999").status()).isEqualTo(404);
    assertThat(bert.get("/api/reports?state=SOLVED").status()).isEqualTo(400);
    Api.Response broken = anna.postRaw("/api/reports", "application/json", "{\"articleId\": ");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.contentType()).startsWith("application/problem+json");
    assertThat(anna.postRaw("/api/reports", "text/plain", "hallo").status()).isEqualTo(415);
    assertThat(bea.post("/api/reports/99999999/triage", Api.object()).status()).isEqualTo(400);
  }

  private void assertUnchanged(long id, String state, int historySize) {
    JsonNode report = Reports.get(karin, id);
    assertThat(report.get("state").asText()).isEqualTo(state);
    assertThat(report.get("history")).hasSize(historySize);
  }

  private static int mine(Api who) {
    return Articles.expect(who.get("/api/reports/mine"), 200).body().size();
  }

  private static void assertProblem(Api.Response r, int status, String field, String rule) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode errors = r.body().get("errors");
    assertThat(errors).as(r.toString()).isNotNull();
    assertThat(errors.findValuesAsText("field")).as(r.toString()).contains(field);
    assertThat(errors.findValuesAsText("rule")).as(r.toString()).contains(rule);
  }
}
