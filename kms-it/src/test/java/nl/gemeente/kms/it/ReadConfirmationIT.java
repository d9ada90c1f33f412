package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Read and understood" for major changes, and who has and has not confirmed. */
@ExtendWith(ArquillianExtension.class)
class ReadConfirmationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api anna = Api.as("anna.agent");
  private final Api kees = Api.as("kees.agent");
  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");
  private final Api karin = Api.as("karin.km");

  @Test
  void aMajorChangeIsConfirmedOnceAndManagersSeeWhoHasNot() {
    long id = Articles.publish(bert, bea, "burgerzaken", "Eerste inschrijving", "Nieuwe procedure.");
    long annas = Inbox.one(anna, id, "PUBLISHED", 1).get("id").asLong();

    JsonNode confirmed = Articles.expect(anna.post("/api/notifications/" + annas + "/confirm", Api.object()), 200).body();
    String confirmedAt = confirmed.get("confirmedAt").asText();
    assertThat(confirmed.get("read").asBoolean()).isTrue();

    Api.Response twice = anna.post("/api/notifications/" + annas + "/confirm", Api.object());
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.contentType()).startsWith("application/problem+json");
    assertThat(twice.body().get("type").asText()).endsWith("/already-confirmed");
    assertThat(anna.get("/api/notifications/" + annas).body().get("confirmedAt").asText()).isEqualTo(confirmedAt);
    assertThat(kees.post("/api/notifications/" + annas + "/confirm", Api.object()).status()).as("not his").isEqualTo(404);

    String path = "/api/articles/" + id + "/versions/1/confirmations";
    for (Api manager : new Api[] {karin, bert}) {
      JsonNode stats = Articles.expect(manager.get(path), 200).body();
      // the demo agents anna and kees, and any agent an earlier test signed on through single sign-on
      int readers = stats.get("readers").asInt();
      assertThat(readers).isGreaterThanOrEqualTo(2).isEqualTo(1 + stats.get("notConfirmed").size());
      assertThat(stats.get("confirmed").asInt()).isEqualTo(1);
      assertThat(stats.get("percentage").asDouble()).isCloseTo(100.0 / readers, org.assertj.core.data.Offset.offset(0.1));
      assertThat(stats.get("confirmedBy").findValuesAsText("username")).containsExactly("anna.agent");
      assertThat(stats.get("notConfirmed").findValuesAsText("username")).contains("kees.agent").doesNotContain("anna.agent");
    }
    assertThat(anna.get(path).status()).as("an agent").isEqualTo(403);
    assertThat(Api.as("ben.belastingen").get(path).status()).as("another department").isEqualTo(403);

    JsonNode reminded = Articles.expect(bea.post(path + "/reminders", Api.object()), 200).body();
    assertThat(reminded.get("reminded").asInt()).isEqualTo(reminded.get("usernames").size()).isPositive();
    assertThat(reminded.get("usernames").toString()).contains("\"kees.agent\"").doesNotContain("anna.agent");
    long kees1 = Inbox.one(kees, id, "PUBLISHED", 1).get("id").asLong();
    assertThat(Inbox.one(kees, id, "REMINDER", 1).get("link").asText()).isEqualTo("/api/notifications/" + kees1);
    assertThat(Inbox.types(anna, id)).doesNotContain("REMINDER");
  }

  @Test
  void aMinorChangeAsksNoConfirmationAndHasNoStatistics() {
    long id = Articles.publish(bert, bea, "burgerzaken", "Akte van erkenning", "Versie een.");
    ObjectNode minor = Articles.content("Akte van erkenning", "Versie een, met komma.");
    minor.put("changeLevel", "MINOR");
    int two = Articles.newVersion(bert, id, minor);
    ObjectNode follow = Api.object().put("kind", "ARTICLE").put("target", Long.toString(id));
    long subscription = Articles.expect(kees.post("/api/subscriptions", follow), 201).body().get("id").asLong();
    try {
      Articles.submitApprovePublish(bert, bea, id, two);
      JsonNode notification = Inbox.one(kees, id, "PUBLISHED", two);
      assertThat(notification.get("confirmationRequested").asBoolean()).isFalse();

      Api.Response refused = kees.post("/api/notifications/" + notification.get("id").asLong() + "/confirm", Api.object());
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.body().get("type").asText()).endsWith("/confirmation-not-asked");
      assertThat(kees.get("/api/notifications/" + notification.get("id").asLong()).body().hasNonNull("confirmedAt")).isFalse();
      assertThat(karin.get("/api/articles/" + id + "/versions/" + two + "/confirmations").status()).isEqualTo(404);
    } finally {
      kees.delete("/api/subscriptions/" + subscription);
    }
  }
}
