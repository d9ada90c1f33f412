package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The AVG duties: search logs go after the retention period (90 days in the test deployment, the
 * default), and an administrator exports or removes one employee's personal data.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

  /**
   * Demo editors no other test logs in as. Removal is final, so each run removes the first one
   * still there; after eight runs on one data directory, delete kms-it/target/kms-data.
   */
  private static final List<String> REMOVABLE = List.of("piet.parkeren", "petra.parkeren", "wout.wonen", "wilma.wonen",
      "vera.vergunningen", "victor.vergunningen", "wendy.wmo", "wim.wmo");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @BeforeAll
  static void waitForSearch() throws InterruptedException {
    Api agent = Api.as("kees.agent");
    for (int i = 0; i < 120 && agent.get("/api/search?q=paspoort").status() == 503; i++) {
      Thread.sleep(1000);
    }
  }

  @AfterEach
  void resetClock() {
    Articles.expect(Api.as("adam.admin").put("/api/admin/clock", Api.object().putNull("now"), null), 200);
  }

  @Test
  void searchLogsAreDeletedAfterTheRetentionPeriod() {
    Api admin = Api.as("adam.admin");
    Api sam = Api.as("sam.sociaal");
    String old = "retentie " + letters(), recent = "retentie " + letters();
    Instant now = Instant.parse(Articles.expect(admin.put("/api/admin/clock", Api.object().putNull("now"), null), 200)
        .body().get("now").asText());
    Articles.expect(admin.put("/api/admin/clock", Api.object().put("now", now.minus(91, ChronoUnit.DAYS).toString()), null), 200);
    Articles.expect(sam.get("/api/search?q=" + old.replace(' ', '+')), 200);
    Articles.expect(admin.put("/api/admin/clock", Api.object().putNull("now"), null), 200);
    Articles.expect(sam.get("/api/search?q=" + recent.replace(' ', '+')), 200);
    assertThat(searchedQueries(admin, "sam.sociaal")).contains(old, recent);

    JsonNode run = Articles.expect(admin.post("/api/admin/privacy/search-log-retention/run", Api.object()), 200).body();
    assertThat(run.get("retentionDays").asInt()).isEqualTo(90);
    assertThat(run.get("deleted").asInt()).isPositive();
    assertThat(searchedQueries(admin, "sam.sociaal")).contains(recent).doesNotContain(old);
  }

  @Test
  void anEmployeesDataIsExportedAndThenRemoved() {
    String name = REMOVABLE.stream().filter(PrivacyIT::canLogIn).findFirst()
        .orElseThrow(() -> new IllegalStateException("all removable demo accounts are gone: delete kms-it/target/kms-data"));
    Api employee = Api.as(name);
    String department = name.substring(name.indexOf('.') + 1);
    long own = Articles.createDraft(employee, department, "Privacy " + letters(), "Tekst.");
    long published = Articles.publish(Api.as("bert.burgerzaken"), Api.as("bea.burgerzaken"), "burgerzaken",
        "Privacy gemeld " + letters(), "Tekst.");
    long report = Reports.file(employee, published, "Dit artikel noemt een oud adres.");
    Articles.expect(employee.post("/api/subscriptions", Api.object().put("kind", "ARTICLE").put("target", String.valueOf(published))), 201);
    String query = "privacy " + letters();
    Articles.expect(employee.get("/api/search?q=" + query.replace(' ', '+')), 200);

    Api admin = Api.as("adam.admin");
    Api.Response export = Articles.expect(admin.get("/api/admin/privacy/employees/" + name), 200);
    JsonNode data = export.body();
    assertThat(data.get("account").get("username").asText()).isEqualTo(name);
    assertThat(ids(data.get("articlesCreated"), "id")).contains(own);
    assertThat(ids(data.get("reportsFiled"), "id")).contains(report);
    assertThat(data.get("subscriptions")).hasSize(1);
    assertThat(data.get("auditTrail").size()).isGreaterThanOrEqualTo(3);
    assertThat(searched(data)).contains(query);
    assertThat(export.raw().body()).doesNotContainIgnoringCase("password");

    JsonNode removal = Articles.expect(admin.delete("/api/admin/privacy/employees/" + name), 200).body();
    String pseudonym = removal.get("pseudonym").asText();
    assertThat(pseudonym).startsWith("verwijderd-").doesNotContain(name);
    assertThat(removal.get("rows").get("searches").asInt()).isPositive();

    JsonNode audit = Articles.expect(admin.get("/api/admin/audit?days=1"), 200).body();
    assertThat(StreamSupport.stream(audit.spliterator(), false).map(l -> l.get("actor").asText())).doesNotContain(name);
    assertThat(audit.toString()).contains("PERSONAL_DATA_REMOVED");
    // checked after the audit: a failed login is written to the trail under the name tried, as it should be
    assertThat(canLogIn(name)).isFalse();
    Articles.expect(admin.get("/api/admin/privacy/employees/" + name), 404);
    Api karin = Api.as("karin.km");
    assertThat(Reports.get(karin, report).toString()).contains(pseudonym).doesNotContain(name);
    assertThat(Articles.expect(karin.get("/api/articles/" + own + "/audit"), 200).raw().body())
        .contains(pseudonym).doesNotContain(name);
  }

  @Test
  void administratorsCannotRemoveThemselvesAndUnknownEmployeesAre404() {
    Api admin = Api.as("adam.admin");
    assertThat(admin.delete("/api/admin/privacy/employees/adam.admin").status()).isEqualTo(409);
    assertThat(admin.get("/api/admin/privacy/employees/niemand." + letters()).status()).isEqualTo(404);
    assertThat(admin.get("/api/admin/privacy/employees/..%2F..%2Fetc").status()).isBetween(400, 404);
  }

  private static List<String> searchedQueries(Api admin, String username) {
    return searched(Articles.expect(admin.get("/api/admin/privacy/employees/" + username), 200).body());
  }

  private static List<String> searched(JsonNode export) {
    return StreamSupport.stream(export.get("searches").spliterator(), false).map(s -> s.get("query_text").asText()).toList();
  }

  private static List<Long> ids(JsonNode rows, String field) {
    return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get(field).asLong()).toList();
  }

  private static boolean canLogIn(String name) {
    try {
      Api.as(name);
      return true;
    } catch (IllegalStateException refused) {
      return false;
    }
  }

  /** Letters only: the search log masks digit runs that look like phone or citizen service numbers. */
  private static String letters() {
    Random random = new Random();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }
}
