package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The life of an inconsistency report through the API: filed by an agent, in the owning
 * department's queue only, triaged, fixed by a new publication, and the reporter sees the answer
 * and the change. Also reopening, and a knowledge manager routing and merging duplicates.
 */
@ExtendWith(ArquillianExtension.class)
class ReportLifecycleIT {

  private static final String BODY = "Een paspoort kost € 87,45 voor volwassenen. Neem een pasfoto mee.";

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
  void aReportGoesToTheOwningDepartmentIsFixedByANewVersionAndTheReporterSeesTheChange() {
    long article = Articles.publish(bert, bea, "burgerzaken", "Paspoort kosten", BODY);
    Api.Response filed = anna.post("/api/reports",
        Reports.quoting(Reports.filing(article, 1, "OUTDATED", "Het tarief is per 1 januari verhoogd."), BODY, "€ 87,45"));
    Articles.expect(filed, 201);
    long id = filed.body().get("report").get("id").asLong();
    assertThat(filed.header("Location").orElseThrow()).endsWith("/api/reports/" + id);
    assertThat(filed.body().get("warnings")).isEmpty();
    JsonNode report = filed.body().get("report");
    assertThat(report.get("state").asText()).isEqualTo("OPEN");
    assertThat(report.get("department").asText()).isEqualTo("burgerzaken");
    assertThat(report.get("quote").get("text").asText()).isEqualTo("€ 87,45");

    // in Burgerzaken's queue, not in Belastingen's, and hidden from an editor of Belastingen and other agents
    assertThat(Reports.ids(bea.get("/api/reports?department=burgerzaken&state=OPEN"))).contains(id);
    assertThat(Reports.ids(ben.get("/api/reports"))).doesNotContain(id);
    assertThat(Reports.ids(ben.get("/api/reports?department=burgerzaken"))).doesNotContain(id);
    assertThat(ben.get("/api/reports/" + id).status()).isEqualTo(404);
    assertThat(Api.as("kees.agent").get("/api/reports/" + id).status()).isEqualTo(404);
    // the author of the reported version follows it
    assertThat(Reports.get(bert, id).get("allowedTransitions").toString()).contains("TRIAGE");

    Articles.expect(Reports.step(bert, id, "triage", "assignee", "bea.burgerzaken"), 200);
    JsonNode mine = mineEntry(id);
    assertThat(mine.get("state").asText()).isEqualTo("TRIAGED");
    assertThat(mine.get("assignee").asText()).isEqualTo("bea.burgerzaken");

    Articles.expect(Reports.step(bea, id, "start"), 200);
    int fixed = Reports.publishNewVersion(bert, bea, article, "Paspoort kosten", BODY.replace("€ 87,45", "€ 89,90"));
    JsonNode resolved = Articles.expect(Reports.step(bea, id, "resolve", "resolution", "FIXED", "fixVersion", fixed), 200).body();
    assertThat(resolved.get("state").asText()).isEqualTo("RESOLVED");

    JsonNode outcome = mineEntry(id).get("outcome");
    assertThat(outcome.get("kind").asText()).isEqualTo("FIXED");
    assertThat(outcome.get("fixedInVersion").asInt()).isEqualTo(fixed);
    assertThat(outcome.get("diffLink").asText()).isEqualTo("/api/articles/" + article + "/diff?from=1&to=" + fixed);
    // editors open the article's diff; the agent, who may not see superseded versions there, the report's
    assertThat(bert.get(outcome.get("diffLink").asText()).status()).isEqualTo(200);
    JsonNode diff = Articles.expect(anna.get(outcome.get("reportDiffLink").asText()), 200).body();
    assertThat(diff.get("from").asInt()).isEqualTo(1);
    assertThat(diff.toString()).contains("89,90");

    List<String> audit = bert.get("/api/articles/" + article + "/audit").body().findValuesAsText("action");
    assertThat(audit).containsSubsequence("REPORT_FILED", "REPORT_TRIAGED", "REPORT_STARTED", "PUBLISH", "REPORT_RESOLVED");
    assertThat(Reports.get(anna, id).get("history").findValuesAsText("action"))
        .containsExactly("FILE", "TRIAGE", "START", "RESOLVE");
  }

  @Test
  void theReporterReopensOnceWithACommentAndTheReportIsBackInTheQueue() {
    long article = Articles.publish(bert, bea, "burgerzaken", "Pasfoto eisen", BODY);
    long id = Reports.file(anna, article, "De eisen aan de pasfoto ontbreken.");
    Reports.takeOn(bea, id, "bea.burgerzaken");
    Articles.expect(Reports.step(bea, id, "resolve", "resolution", "NO_CHANGE_NEEDED",
        "explanation", "De eisen staan in het artikel Pasfoto."), 200);
    assertThat(mineEntry(id).get("outcome").get("note").asText()).isEqualTo("De eisen staan in het artikel Pasfoto.");

    JsonNode reopened = Articles.expect(Reports.step(anna, id, "reopen", "comment", "Dat artikel bestaat niet."), 200).body();
    assertThat(reopened.get("state").asText()).isEqualTo("OPEN");
    assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
    assertThat(reopened.hasNonNull("assignee")).isFalse();
    assertThat(reopened.hasNonNull("outcome")).isFalse();
    assertThat(reopened.get("allowedTransitions")).isEmpty();
    assertThat(reopened.get("history").findValuesAsText("note")).contains("Dat artikel bestaat niet.");
    assertThat(Reports.ids(bea.get("/api/reports?department=burgerzaken&state=OPEN"))).contains(id);
  }

  @Test
  void aKnowledgeManagerRoutesToAnotherDepartmentAndMergesADuplicate() {
    long article = Articles.publish(bert, bea, "burgerzaken", "Verhuizen en belastingen", BODY);
    long original = Reports.file(anna, article, "De aanslag afvalstoffenheffing na verhuizing ontbreekt.");
    JsonNode routed = Articles.expect(Reports.step(karin, original, "route", "department", "belastingen",
        "comment", "Gaat over de heffing"), 200).body();
    assertThat(routed.get("department").asText()).isEqualTo("belastingen");
    assertThat(routed.get("state").asText()).isEqualTo("OPEN");
    assertThat(Reports.ids(ben.get("/api/reports?department=belastingen"))).contains(original);
    assertThat(bea.get("/api/reports/" + original).status()).isEqualTo(404);
    Articles.expect(Reports.step(ben, original, "triage", "assignee", "bo.belastingen"), 200);

    Api kees = Api.as("kees.agent");
    long duplicate = Reports.file(kees, article, "Afvalstoffenheffing bij verhuizing klopt niet.");
    JsonNode merged = Articles.expect(Reports.step(karin, duplicate, "duplicate", "originalReportId", original), 200).body();
    assertThat(merged.get("state").asText()).isEqualTo("DUPLICATE");
    assertThat(Reports.ids(kees.get("/api/reports/mine"))).contains(duplicate);
    JsonNode keesSees = Reports.get(kees, duplicate);
    assertThat(keesSees.get("outcome").get("kind").asText()).isEqualTo("DUPLICATE");
    assertThat(keesSees.get("outcome").get("duplicateOf").asLong()).isEqualTo(original);

    List<String> audit = karin.get("/api/articles/" + article + "/audit").body().findValuesAsText("action");
    assertThat(audit).containsSubsequence("REPORT_FILED", "REPORT_ROUTED", "REPORT_TRIAGED", "REPORT_FILED",
        "REPORT_MARKED_DUPLICATE");
  }

  private JsonNode mineEntry(long id) {
    for (JsonNode r : Articles.expect(anna.get("/api/reports/mine"), 200).body()) {
      if (r.get("id").asLong() == id) {
        return r;
      }
    }
    throw new AssertionError("report " + id + " is not among anna's reports");
  }
}
