package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge manager's dashboard on reports this test files about its own articles. The test
 * moves the application clock two weeks ahead (always ten working days) so that ages, resolution
 * times and service-level breaches are exact; the demo reports of other tests are filtered out by
 * article, and the unfiltered figures are compared before and after.
 */
@ExtendWith(ArquillianExtension.class)
class ReportDashboardIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api anna = Api.as("anna.agent");
  private final Api kees = Api.as("kees.agent");
  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");
  private final Api karin = Api.as("karin.km");
  private final Api admin = Api.as("adam.admin");

  @Test
  void figuresOnReportsFiledTwoWeeksAgo() {
    long a = Articles.publish(bert, bea, "burgerzaken", "Dashboard A", "Tekst A.");
    long b = Articles.publish(bert, bea, "burgerzaken", "Dashboard B", "Tekst B.");
    long c = Articles.publish(Api.as("ben.belastingen"), Api.as("bo.belastingen"), "belastingen", "Dashboard C", "Tekst C.");
    long openBelastingenBefore = openIn(dashboard("?department=belastingen"), "belastingen");
    LocalDate day = LocalDate.now(AMSTERDAM).plusDays(1);
    try {
      moveClockTo(day.atTime(10, 0));
      long r1 = Reports.file(anna, a, "Eerste melding A.");
      long r2 = Reports.file(kees, a, "Tweede melding A.");
      long r3 = Reports.file(anna, b, "Melding B.");
      long r4 = Reports.file(kees, c, "Melding C.");
      assertThat(openIn(dashboard("?department=belastingen"), "belastingen")).isEqualTo(openBelastingenBefore + 1);
      // r3 is answered the same day and reopened: once answered, now open again
      Reports.takeOn(bea, r3, "bea.burgerzaken");
      Articles.expect(Reports.step(bea, r3, "resolve", "resolution", "NO_CHANGE_NEEDED", "explanation", "Klopt."), 200);
      Articles.expect(Reports.step(anna, r3, "reopen", "comment", "Klopt niet."), 200);

      moveClockTo(day.plusDays(14).atTime(10, 0));
      Reports.takeOn(bea, r2, "bea.burgerzaken");
      int fixed = Reports.publishNewVersion(bert, bea, a, "Dashboard A", "Tekst A, verbeterd.");
      Articles.expect(Reports.step(bea, r2, "resolve", "resolution", "FIXED", "fixVersion", fixed), 200);

      JsonNode d = dashboard("?article=" + a + "&article=" + b + "&article=" + c);
      assertThat(d.get("workingDays").asText()).contains("Monday to Friday", "holidays");
      assertThat(d.get("openTotal").asLong()).isEqualTo(3);
      JsonNode burgerzaken = backlog(d, "burgerzaken").get("byAge");
      assertThat(List.of("0-2", "3-5", "6-10", ">10")).map(bucket -> burgerzaken.get(bucket).asLong())
          .containsExactly(0L, 0L, 2L, 0L);
      assertThat(backlog(d, "belastingen").get("byAge").get("6-10").asLong()).isEqualTo(1);
      assertThat(d.get("medianWorkingDaysToResolution").asDouble()).isEqualTo(10.0);
      JsonNode sla = d.get("slaBreaches");
      assertThat(sla.get("workingDays").asInt()).isEqualTo(5);
      assertThat(ids(sla.get("openReportIds"))).containsExactly(r1, r3, r4);
      assertThat(sla.get("answeredLate").asLong()).isEqualTo(1);
      JsonNode top = d.get("hotSpots").get(0);
      assertThat(top.get("articleId").asLong()).isEqualTo(a);
      assertThat(top.get("title").asText()).isEqualTo("Dashboard A");
      assertThat(top.get("reports").asLong()).isEqualTo(2);
      assertThat(top.get("open").asLong()).isEqualTo(1);
      assertThat(d.get("hotSpots")).hasSize(3);
      JsonNode reopen = d.get("reopenRate");
      assertThat(reopen.get("reopened").asLong()).isEqualTo(1);
      assertThat(reopen.get("answered").asLong()).isEqualTo(2);
      assertThat(reopen.get("rate").asDouble()).isEqualTo(0.5);
    } finally {
      admin.put("/api/admin/clock", Api.object(), null);
    }
  }

  @Test
  void overdueReviewsAreTheArticleApisAndOnlyKnowledgeManagersSeeTheDashboard() {
    JsonNode d = dashboard("");
    List<Long> overdue = ids(d.get("overdueForReview"), "articleId");
    List<Long> fromArticles = ids(Articles.expect(karin.get("/api/articles/overdue"), 200).body(), "id");
    assertThat(overdue).containsExactlyInAnyOrderElementsOf(fromArticles);
    assertThat(anna.get("/api/reports/dashboard").status()).isEqualTo(403);
    assertThat(bert.get("/api/reports/dashboard").status()).isEqualTo(403);
    assertThat(karin.get("/api/reports/dashboard?article=abc").status()).isEqualTo(400);
  }

  private JsonNode dashboard(String query) {
    return Articles.expect(karin.get("/api/reports/dashboard" + query), 200).body();
  }

  private void moveClockTo(LocalDateTime local) {
    ObjectNode clock = Api.object();
    clock.put("now", local.atZone(AMSTERDAM).toInstant().toString());
    Articles.expect(admin.put("/api/admin/clock", clock, null), 200);
  }

  private static JsonNode backlog(JsonNode dashboard, String department) {
    for (JsonNode entry : dashboard.get("openByDepartment")) {
      if (entry.get("department").asText().equals(department)) {
        return entry;
      }
    }
    throw new AssertionError("no backlog for " + department + " in " + dashboard);
  }

  private static long openIn(JsonNode dashboard, String department) {
    for (JsonNode entry : dashboard.get("openByDepartment")) {
      if (entry.get("department").asText().equals(department)) {
        return entry.get("total").asLong();
      }
    }
    return 0;
  }

  private static List<Long> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asLong).toList();
  }

  private static List<Long> ids(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asLong()).toList();
  }
}
