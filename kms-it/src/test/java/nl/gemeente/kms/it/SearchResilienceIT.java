package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search outages and reindexing never lose a publication. */
@ExtendWith(ArquillianExtension.class)
class SearchResilienceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api bert = Api.as("bert.burgerzaken");
  private final Api bea = Api.as("bea.burgerzaken");
  private final Api agent = Api.as("anna.agent");

  @Test
  void publishingWorksWhileElasticsearchIsDownAndTheIndexCatchesUp() throws Exception {
    for (int i = 0; i < 120 && Api.anonymous().get("/health/ready").status() != 200; i++) {
      Thread.sleep(500);
    }
    long before = Articles.publish(bert, bea, "burgerzaken", "Voorbeeldtekst" + unique(), "Tekst.");
    String word = "Storingsproef" + unique();
    SearchNodeForTests.stop();
    long id;
    try {
      id = Articles.publish(bert, bea, "burgerzaken", word, "Gepubliceerd terwijl zoeken plat lag.");
      Api.Response down = agent.get("/api/search?q=" + word);
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.contentType()).startsWith("application/problem+json");
      assertThat(down.body().get("title").asText()).contains("temporarily unavailable");
      assertThat(agent.get("/api/articles/" + before).status()).isEqualTo(200);
    } finally {
      SearchNodeForTests.start();
    }
    assertThat(waitUntilFound(word, id, 90)).as("found after the outage").isTrue();
  }

  @Test
  void reindexWhilePublishingLosesNothing() throws Exception {
    Api admin = Api.as("adam.admin");
    // an article whose topic the reindex must carry over: it reads topics apart from the versions
    String topic = "herindex-" + unique().toLowerCase(java.util.Locale.ROOT);
    var withTopic = Articles.create("burgerzaken", "Onderwerpproef " + unique(), "Tekst.");
    withTopic.putArray("topics").add(topic);
    long topical = Articles.publish(bert, bea, withTopic);
    Articles.expect(admin.post("/api/search/reindex", Api.object()), 202);
    List<Long> published = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(2)) {
      List<Future<Long>> futures = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String title = "Herindexproef" + unique();
        futures.add(pool.submit(() -> Articles.publish(Api.as("bert.burgerzaken"), Api.as("bea.burgerzaken"), "burgerzaken", title, "Tekst.")));
      }
      for (Future<Long> f : futures) {
        published.add(f.get());
      }
    }
    JsonNode progress = null;
    for (int i = 0; i < 240; i++) {
      progress = admin.get("/api/search/reindex").body();
      if (!progress.get("state").asText().equals("RUNNING")) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(progress.get("state").asText()).isEqualTo("DONE");
    // articles published while it ran may or may not be in its pages; the outbox replay covers them
    assertThat(progress.get("done").asLong()).isPositive();
    JsonNode consistency = null;
    for (int i = 0; i < 40; i++) {
      consistency = Articles.expect(admin.get("/api/search/consistency"), 200).body();
      if (consistency.get("missing").isEmpty() && consistency.get("stale").isEmpty() && consistency.get("extra").isEmpty()) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(consistency.get("missing")).isEmpty();
    assertThat(consistency.get("stale")).isEmpty();
    assertThat(consistency.get("extra")).isEmpty();
    assertThat(consistency.get("live").asLong()).isEqualTo(consistency.get("indexed").asLong());
    assertThat(published).hasSize(6);
    JsonNode byTopic = Articles.expect(agent.get("/api/search?q=onderwerpproef&topic=" + topic), 200).body();
    assertThat(byTopic.get("hits").findValuesAsText("articleId")).containsExactly(Long.toString(topical));
  }

  private boolean waitUntilFound(String word, long id, int seconds) throws InterruptedException {
    for (int i = 0; i < seconds * 2; i++) {
      Api.Response r = agent.get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
      if (r.status() == 200 && r.body().get("hits").findValuesAsText("articleId").contains(Long.toString(id))) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static String unique() {
    return Long.toString(System.nanoTime() % 100_000_000L, 36);
  }
}
