package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weekly digest, through a real SMTP server in this JVM (GreenMail on {@code it.smtp.port},
 * where the test server's KMS_SMTP_PORT points). Each test publishes in a week of its own, far in
 * the future, by moving the test clock.
 */
@ExtendWith(ArquillianExtension.class)
class DigestIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api admin = Api.as("adam.admin");
  private final Api anna = Api.as("anna.agent");
  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");

  @Test
  void theDigestListsTheWeeksChangesAndGoesOutOncePerPersonHoweverOftenItIsSent() throws Exception {
    String week = unusedWeek();
    long id = publishIn(week, "Digest: nieuwe leges paspoort");

    JsonNode digest = Articles.expect(anna.get("/api/digest?week=" + week), 200).body();
    assertThat(digest.get("week").asText()).isEqualTo(week);
    assertThat(digest.get("items").findValuesAsText("articleId")).containsExactly(Long.toString(id));
    assertThat(digest.get("awaitingConfirmation").asInt()).isEqualTo(1);
    assertThat(Articles.expect(anna.get("/api/digest"), 200).body().get("items").findValuesAsText("articleId"))
        .as("this week's digest").doesNotContain(Long.toString(id));

    GreenMail mail = new GreenMail(SMTP);
    mail.start();
    try {
      JsonNode first = Articles.expect(admin.post("/api/admin/digests/" + week + "/send", Api.object()), 200).body();
      JsonNode second = Articles.expect(admin.post("/api/admin/digests/" + week + "/send", Api.object()), 200).body();
      assertThat(second.get("queued").asInt()).isZero();
      assertThat(second.get("sent").asInt()).isZero();

      // every agent follows major changes: the two demo agents, and any agent an earlier test signed on
      Map<String, List<MimeMessage>> byRecipient = received(mail, week);
      assertThat(byRecipient).containsKeys("anna.agent@gemeente.example", "kees.agent@gemeente.example");
      assertThat(first.get("sent").asInt()).isEqualTo(byRecipient.size());
      assertThat(byRecipient.values()).allSatisfy(messages -> assertThat(messages).hasSize(1));
      MimeMessage annas = byRecipient.get("anna.agent@gemeente.example").get(0);
      assertThat(annas.getFrom()[0].toString()).isEqualTo(System.getProperty("it.mail.from", "kennisbank-test@gemeente.example"));
      assertThat(annas.getContent().toString()).contains("Digest: nieuwe leges paspoort").contains("/api/articles/" + id);
    } finally {
      mail.stop();
    }
    assertThat(anna.post("/api/admin/digests/" + week + "/send", Api.object()).status()).isEqualTo(403);
    Api.Response badWeek = admin.post("/api/admin/digests/2026-W99/send", Api.object());
    assertThat(badWeek.status()).isEqualTo(400);
    assertThat(badWeek.contentType()).startsWith("application/problem+json");
  }

  @Test
  void whileTheMailServerIsDownDigestsWaitAndGoOutOnceWhenItIsBack() throws Exception {
    String week = unusedWeek();
    publishIn(week, "Digest: afvalkalender gewijzigd");

    JsonNode down = Articles.expect(admin.post("/api/admin/digests/" + week + "/send", Api.object()), 200).body();
    assertThat(down.get("sent").asInt()).isZero();
    int waiting = down.get("waiting").asInt();
    assertThat(waiting).as("at least the two demo agents").isGreaterThanOrEqualTo(2);

    GreenMail mail = new GreenMail(SMTP);
    mail.start();
    try {
      // nobody triggers anything: the digest job retries by itself every 2 s in the test server
      assertThat(mail.waitForIncomingEmail(30_000, waiting)).isTrue();
      JsonNode again = Articles.expect(admin.post("/api/admin/digests/" + week + "/send", Api.object()), 200).body();
      assertThat(again.get("sent").asInt()).isZero();
      assertThat(again.get("waiting").asInt()).isZero();
      Thread.sleep(3_000);
      Map<String, List<MimeMessage>> byRecipient = received(mail, week);
      assertThat(byRecipient).containsKeys("anna.agent@gemeente.example", "kees.agent@gemeente.example").hasSize(waiting);
      assertThat(byRecipient.values()).allSatisfy(messages -> assertThat(messages).hasSize(1));
    } finally {
      mail.stop();
    }
  }

  /**
   * A week far ahead that no earlier run used: the test database outlives a run, and a week whose
   * digests went out before would (rightly) not be sent again.
   */
  private static String unusedWeek() {
    LocalDate day = LocalDate.now(AMSTERDAM).plusWeeks(100 + RANDOM.nextInt(5_000));
    return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Publishes a major change on the Wednesday of {@code week}, with the clock moved there and back. */
  private long publishIn(String week, String title) {
    LocalDate wednesday = LocalDate.parse(week + "-3", DateTimeFormatter.ISO_WEEK_DATE);
    assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    try {
      String now = wednesday.atTime(10, 0).atZone(AMSTERDAM).toInstant().toString();
      Articles.expect(admin.put("/api/admin/clock", Api.object().put("now", now), null), 200);
      return Articles.publish(bert, bea, "burgerzaken", title, "Tekst.");
    } finally {
      admin.put("/api/admin/clock", Api.object(), null);
    }
  }

  private static Map<String, List<MimeMessage>> received(GreenMail mail, String week) throws Exception {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> subject(m).contains(week))
        .collect(Collectors.groupingBy(DigestIT::recipient, Collectors.toList()));
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
