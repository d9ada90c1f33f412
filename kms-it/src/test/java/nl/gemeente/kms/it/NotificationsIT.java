package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who hears of which change, and the inbox each employee sees of it. */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api anna = Api.as("anna.agent");
  private final Api kees = Api.as("kees.agent");
  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");
  private final Api ben = Api.as("ben.belastingen");
  private final Api sam = Api.as("sam.sociaal");
  private final Api karin = Api.as("karin.km");

  @Test
  void reviewRequestsAndPublicationsReachTheRightPeopleOnly() {
    long samFollows = subscribe(sam, "DEPARTMENT", "burgerzaken");
    long id = Articles.createDraft(bert, "burgerzaken", "Briefadres aanvragen", "Versie een.");
    long karinFollows = subscribe(karin, "ARTICLE", Long.toString(id));
    try {
      Articles.expect(Articles.transition(bert, id, 1, "SUBMIT", "graag review"), 200);

      assertThat(Inbox.types(bea, id)).containsExactly("REVIEW_REQUESTED");
      assertThat(Inbox.one(bea, id, "REVIEW_REQUESTED", 1).get("body").asText()).contains("graag review");
      for (Api nobody : new Api[] {bert, ben, anna, sam}) {
        assertThat(Inbox.types(nobody, id)).as(nobody.username).isEmpty();
      }

      Articles.expect(Articles.transition(bea, id, 1, "APPROVE", null), 200);
      Articles.expect(Articles.transition(bea, id, 1, "PUBLISH", null), 200);

      for (Api told : new Api[] {anna, kees, sam, karin}) {
        assertThat(Inbox.types(told, id)).as(told.username).containsExactly("PUBLISHED");
      }
      assertThat(Inbox.types(bea, id)).as("the publisher").containsExactly("REVIEW_REQUESTED");
      assertThat(Inbox.types(ben, id)).isEmpty();
      JsonNode published = Inbox.one(anna, id, "PUBLISHED", 1);
      assertThat(published.get("changeLevel").asText()).isEqualTo("MAJOR");
      assertThat(published.get("body").asText()).contains("Samenvatting: test");
      assertThat(published.get("validFrom").asText()).isEqualTo(LocalDate.now(AMSTERDAM).toString());
      assertThat(published.get("link").asText()).isEqualTo("/api/articles/" + id + "/versions/1");
      assertThat(published.get("confirmationRequested").asBoolean()).isTrue();

      ObjectNode typo = Articles.content("Briefadres aanvragen", "Versie twee, zonder typfout.");
      typo.put("changeLevel", "MINOR");
      typo.put("changeSummary", "Typfout hersteld");
      int two = Articles.newVersion(bert, id, typo);
      Articles.submitApprovePublish(bert, bea, id, two);

      JsonNode minor = Inbox.one(sam, id, "PUBLISHED", two);
      assertThat(minor.get("link").asText()).isEqualTo("/api/articles/" + id + "/diff?from=1&to=2");
      assertThat(minor.get("body").asText()).contains("Typfout hersteld").contains("MINOR");
      assertThat(Inbox.types(karin, id)).containsExactly("PUBLISHED", "PUBLISHED");
      assertThat(Inbox.types(anna, id)).as("agents only hear of major changes").containsExactly("PUBLISHED");
    } finally {
      sam.delete("/api/subscriptions/" + samFollows);
      karin.delete("/api/subscriptions/" + karinFollows);
    }
  }

  @Test
  void scheduledActivatedAndWithdrawnVersionsAreAnnounced() {
    Api bo = Api.as("bo.belastingen");
    Api admin = Api.as("adam.admin");
    LocalDate today = LocalDate.now(AMSTERDAM);
    long id = Articles.publish(ben, bo, "belastingen", "Kwijtschelding aanvragen", "Oude regels.");
    ObjectNode next = Articles.content("Kwijtschelding aanvragen", "Nieuwe regels.");
    next.put("validFrom", today.plusDays(3).toString());
    int two = Articles.newVersion(ben, id, next);
    Articles.expect(Articles.transition(ben, id, two, "SUBMIT", null), 200);
    Articles.expect(Articles.transition(bo, id, two, "APPROVE", null), 200);
    Articles.expect(Articles.transition(bo, id, two, "SCHEDULE", null), 200);

    JsonNode scheduled = Inbox.one(kees, id, "SCHEDULED", two);
    assertThat(scheduled.get("validFrom").asText()).isEqualTo(today.plusDays(3).toString());
    try {
      ObjectNode clock = Api.object();
      clock.put("now", today.plusDays(3).atTime(7, 0).atZone(AMSTERDAM).toInstant().toString());
      Articles.expect(admin.put("/api/admin/clock", clock, null), 200);
      Articles.expect(admin.post("/api/admin/scheduler/run", Api.object()), 200);
    } finally {
      admin.put("/api/admin/clock", Api.object(), null);
    }
    JsonNode activated = Inbox.one(kees, id, "PUBLISHED", two);
    assertThat(activated.get("link").asText()).isEqualTo("/api/articles/" + id + "/diff?from=1&to=2");

    Articles.expect(Articles.transition(bo, id, two, "ARCHIVE", "regeling afgeschaft"), 200);
    assertThat(Inbox.one(kees, id, "ARCHIVED", two).get("body").asText()).contains("regeling afgeschaft");
    assertThat(Inbox.types(bo, id)).as("the one who withdrew it").doesNotContain("ARCHIVED");
  }

  @Test
  void whoeverHeardAChangeWasComingHearsWhenItIsCalledOff() {
    Api bo = Api.as("bo.belastingen");
    LocalDate planned = LocalDate.now(AMSTERDAM).plusDays(5);
    long id = Articles.publish(ben, bo, "belastingen", "Hondenbelasting betalen", "Huidige regels.");
    ObjectNode next = Articles.content("Hondenbelasting betalen", "Nieuwe regels.");
    next.put("validFrom", planned.toString());
    int two = Articles.newVersion(ben, id, next);
    Articles.expect(Articles.transition(ben, id, two, "SUBMIT", null), 200);
    Articles.expect(Articles.transition(bo, id, two, "APPROVE", null), 200);
    Articles.expect(Articles.transition(bo, id, two, "SCHEDULE", null), 200);

    Articles.expect(Articles.transition(bo, id, two, "UNSCHEDULE", null), 200);
    JsonNode unscheduled = Inbox.one(kees, id, "SCHEDULE_CANCELLED", two);
    assertThat(unscheduled.get("validFrom").asText()).isEqualTo(planned.toString());
    assertThat(unscheduled.get("confirmationRequested").asBoolean()).isFalse();

    Articles.expect(Articles.transition(bo, id, two, "SCHEDULE", null), 200);
    Articles.expect(Articles.transition(bo, id, two, "ARCHIVE", "wetswijziging uitgesteld"), 200);

    assertThat(Inbox.types(anna, id)).as("the plan is off; the live answer was never withdrawn")
        .containsExactly("SCHEDULE_CANCELLED", "SCHEDULED", "SCHEDULE_CANCELLED", "SCHEDULED", "PUBLISHED");
    assertThat(Inbox.about(anna, id).get(0).get("body").asText()).contains("wetswijziging uitgesteld");
    assertThat(Inbox.types(bo, id)).as("the one who called it off").doesNotContain("SCHEDULE_CANCELLED");
  }

  @Test
  void theInboxIsPrivateAndKeepsTrackOfWhatWasRead() {
    long id = Articles.publish(bert, bea, "burgerzaken", "Uittreksel aanvragen", "Tekst.");
    long notification = Inbox.one(anna, id, "PUBLISHED", 1).get("id").asLong();
    long unreadBefore = anna.get("/api/notifications/unread-count").body().get("unread").asLong();
    assertThat(ids(anna.get("/api/notifications?unread=true&type=PUBLISHED").body())).contains(notification);
    assertThat(ids(anna.get("/api/notifications?type=REVIEW_REQUESTED").body())).doesNotContain(notification);

    assertThat(kees.post("/api/notifications/" + notification + "/read", Api.object()).status()).isEqualTo(404);
    assertThat(kees.get("/api/notifications/" + notification).status()).isEqualTo(404);
    assertThat(anna.get("/api/notifications/" + notification).body().get("read").asBoolean()).isFalse();

    JsonNode read = Articles.expect(anna.post("/api/notifications/" + notification + "/read", Api.object()), 200).body();
    assertThat(read.get("read").asBoolean()).isTrue();
    assertThat(anna.get("/api/notifications/unread-count").body().get("unread").asLong()).isEqualTo(unreadBefore - 1);
    assertThat(ids(anna.get("/api/notifications?unread=true").body())).doesNotContain(notification);

    Api.Response badType = anna.get("/api/notifications?type=GOSSIP");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.contentType()).startsWith("application/problem+json");

    Articles.expect(anna.post("/api/notifications/read-all", Api.object()), 200);
    assertThat(anna.get("/api/notifications/unread-count").body().get("unread").asLong()).isZero();
  }

  @Test
  void subscriptionsToWhatDoesNotExistAreRefusedAndStoreNothing() {
    JsonNode before = Articles.expect(ben.get("/api/subscriptions"), 200).body();
    assertThat(before.get("automatic").toString()).contains("REVIEW_QUEUE").contains("belastingen");
    long hiddenDraft = Articles.createDraft(bert, "burgerzaken", "Concept dat Ben niet ziet", "Tekst.");

    expectInvalid(ben, "DEPARTMENT", "bestaat-niet", "unknown-department");
    expectInvalid(ben, "ARTICLE", "999999999", "unknown-article");
    expectInvalid(ben, "ARTICLE", Long.toString(hiddenDraft), "unknown-article");
    expectInvalid(ben, "PLANET", "mars", "one-of");
    assertThat(ben.get("/api/subscriptions").body()).isEqualTo(before);

    Api.Response created = Articles.expect(ben.post("/api/subscriptions", topic("Reisdocumenten")), 201);
    long id = created.body().get("id").asLong();
    assertThat(created.body().get("target").asText()).isEqualTo("reisdocumenten");
    assertThat(Articles.expect(ben.post("/api/subscriptions", topic("reisdocumenten")), 200).body().get("id").asLong())
        .isEqualTo(id);
    assertThat(anna.delete("/api/subscriptions/" + id).status()).as("someone else's").isEqualTo(404);
    assertThat(ben.delete("/api/subscriptions/" + id).status()).isEqualTo(204);
    assertThat(ben.get("/api/subscriptions").body()).isEqualTo(before);
  }

  private static long subscribe(Api who, String kind, String target) {
    ObjectNode request = Api.object().put("kind", kind).put("target", target);
    Api.Response r = who.post("/api/subscriptions", request);
    assertThat(r.status()).as(r.toString()).isIn(200, 201);
    return r.body().get("id").asLong();
  }

  private static ObjectNode topic(String topic) {
    return Api.object().put("kind", "TOPIC").put("target", topic);
  }

  private static void expectInvalid(Api who, String kind, String target, String rule) {
    Api.Response r = who.post("/api/subscriptions", Api.object().put("kind", kind).put("target", target));
    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().get("errors").get(0).get("rule").asText()).isEqualTo(rule);
  }

  static List<Long> ids(JsonNode list) {
    return list.findValues("id").stream().map(JsonNode::asLong).toList();
  }
}
