package nl.gemeente.kms.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.gemeente.kms.it.EventStream.Event;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Live notifications over Server-Sent Events: fast, resumable, and immune to a client that stalls. */
@ExtendWith(ArquillianExtension.class)
class NotificationStreamIT {

  private static final String STREAM = "/api/notifications/stream";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api anna = Api.as("anna.agent");
  private final Api kees = Api.as("kees.agent");
  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");

  @Test
  void aConnectedAgentSeesEachPublicationWithinOneSecond() throws Exception {
    try (EventStream stream = anna.stream(STREAM, null)) {
      assertThat(stream.status).isEqualTo(200);
      stream.ready();
      List<Long> latencies = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        long id = approved("Rijbewijs omwisselen " + i);
        long start = System.nanoTime();
        Articles.expect(Articles.transition(bea, id, 1, "PUBLISH", null), 200);
        Event event = stream.next(e -> e.articleId() == id, Duration.ofSeconds(5));
        latencies.add(Duration.ofNanos(event.receivedNanos() - start).toMillis());
        assertThat(event.name()).isEqualTo("notification");
        assertThat(event.json().get("type").asText()).isEqualTo("PUBLISHED");
        assertThat(Long.parseLong(event.id())).isEqualTo(event.json().get("id").asLong());
      }
      System.out.println("SSE: publish request sent -> event received, ms: " + latencies);
      assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(1000L));
    }
  }

  @Test
  void aReconnectResumesAfterItsLastEventIdWithoutLosingOrRepeatingAnything() throws Exception {
    String lastEventId;
    try (EventStream first = kees.stream(STREAM, null)) {
      first.ready();
      long seen = Articles.publish(bert, bea, "burgerzaken", "Naamgebruik wijzigen", "Tekst.");
      lastEventId = first.next(e -> e.articleId() == seen, Duration.ofSeconds(5)).id();
    }
    long missedOne = Articles.publish(bert, bea, "burgerzaken", "Adresonderzoek", "Tekst.");
    long missedTwo = Articles.publish(bert, bea, "burgerzaken", "Rijbewijs kwijt", "Tekst.");

    try (EventStream again = kees.stream(STREAM, lastEventId)) {
      List<Event> caughtUp = again.until(e -> e.name().equals("ready"), Duration.ofSeconds(10));
      long live = Articles.publish(bert, bea, "burgerzaken", "Verklaring omtrent gedrag", "Tekst.");
      Event liveEvent = again.next(e -> e.articleId() == live, Duration.ofSeconds(5));

      assertThat(caughtUp).extracting(Event::articleId).containsExactly(missedOne, missedTwo);
      List<Long> ids = new ArrayList<>(caughtUp.stream().map(e -> Long.parseLong(e.id())).toList());
      ids.add(Long.parseLong(liveEvent.id()));
      assertThat(ids).isSorted().doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isGreaterThan(Long.parseLong(lastEventId)));
      assertThat(again.drain(Duration.ofMillis(800))).extracting(Event::name).doesNotContain("notification");
    }
  }

  /**
   * The server's side of dropping a client that falls behind is unit-tested (StreamSubscriberTest):
   * here the kernel would buffer megabytes on loopback before a write to the stalled client blocks.
   */
  @Test
  void aClientThatNeverReadsItsStreamHoldsUpNobody() throws Exception {
    Api karin = Api.as("karin.km");
    try (Socket stalled = new Socket()) {
      // a tiny receive window that nobody empties
      stalled.setReceiveBufferSize(1024);
      stalled.connect(new InetSocketAddress("localhost", Api.port()));
      stalled.getOutputStream().write(("GET " + STREAM + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
          + "Cookie: " + kees.cookieHeader() + "\r\n\r\n").getBytes(UTF_8));
      stalled.getOutputStream().flush();
      String title = "Reisdocumenten voor minderjarigen met toestemming van beide ouders en een geldige pasfoto ".repeat(2);
      long heavy = Articles.publish(bert, bea, "burgerzaken", title.substring(0, 180) + System.nanoTime() % 1000, "Tekst.");
      long annas = Inbox.one(anna, heavy, "PUBLISHED", 1).get("id").asLong();
      Articles.expect(anna.post("/api/notifications/" + annas + "/confirm", Api.object()), 200);

      try (EventStream watching = anna.stream(STREAM, null)) {
        watching.ready();
        // every reminder goes to kees's stalled stream only: anna has confirmed
        for (int i = 0; i < 200; i++) {
          Articles.expect(karin.post("/api/articles/" + heavy + "/versions/1/confirmations/reminders", Api.object()), 200);
        }
        long id = approved("Gehandicaptenparkeerkaart");
        long start = System.nanoTime();
        Articles.expect(Articles.transition(bea, id, 1, "PUBLISH", null), 200);
        Event event = watching.next(e -> e.articleId() == id, Duration.ofSeconds(5));
        long ms = Duration.ofNanos(event.receivedNanos() - start).toMillis();
        System.out.println("SSE: latency next to a stalled client, ms: " + ms);
        assertThat(ms).isLessThan(1000L);
      }
    }
  }

  private long approved(String title) {
    long id = Articles.createDraft(bert, "burgerzaken", title + " " + System.nanoTime() % 100000, "Tekst.");
    Articles.expect(Articles.transition(bert, id, 1, "SUBMIT", null), 200);
    Articles.expect(Articles.transition(bea, id, 1, "APPROVE", null), 200);
    return id;
  }
}
