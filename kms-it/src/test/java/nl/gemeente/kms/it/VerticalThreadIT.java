package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The thin thread through every layer: an editor writes an article, a colleague reviews and
 * publishes it, the index picks it up, and an agent finds it with a misspelled query.
 */
@ExtendWith(ArquillianExtension.class)
class VerticalThreadIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @Test
  void publishedArticleIsFoundByAnAgent() throws Exception {
    Api author = Api.as("bert.burgerzaken");
    Api reviewer = Api.as("bea.burgerzaken");
    Api agent = Api.as("anna.agent");
    String unique = "Zwemvergunning" + System.nanoTime();
    long id = Articles.publish(author, reviewer, "burgerzaken", unique + " aanvragen",
        "Voor een **zwemvergunning** neemt de inwoner een pasfoto mee.\n\n| Kosten | Bedrag |\n|---|---|\n| leges | € 12 |");

    Api.Response article = Articles.expect(agent.get("/api/articles/" + id), 200);
    assertThat(article.body().get("publishedVersion").asInt()).isEqualTo(1);
    Api.Response version = Articles.expect(agent.get("/api/articles/" + id + "/versions/1"), 200);
    assertThat(version.body().get("bodyHtml").asText()).contains("<strong>zwemvergunning</strong>").contains("<table>");

    // "aanvargen": two letters swapped, as typed in a hurry
    Api.Response found = null;
    // indexing is asynchronous (the outbox); on a loaded CI machine it can take more than a few seconds
    for (int i = 0; i < 60; i++) {
      found = Articles.expect(agent.get("/api/search?q=" + java.net.URLEncoder.encode(unique.toLowerCase() + " aanvargen", "UTF-8")), 200);
      if (found.body().get("hits").findValuesAsText("articleId").contains(Long.toString(id))) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(found.body().get("hits").findValuesAsText("articleId")).as("indexed within 30 s").contains(Long.toString(id));
    assertThat(found.body().get("hits").get(0).get("articleId").asLong()).isEqualTo(id);
    assertThat(found.body().get("hits").get(0).get("shortAnswer").asText()).startsWith("Kort antwoord");
  }

  @Test
  void healthReportsDatabaseAndSearch() throws Exception {
    Api anonymous = Api.anonymous();
    Api.Response health = null;
    for (int i = 0; i < 60; i++) {
      health = anonymous.get("/health/ready");
      if (health.status() == 200) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    assertThat(health.raw().body()).contains("database").contains("search");
  }

  @Test
  void apiRequiresLoginAndOpenApiDoesNot() {
    Api anonymous = Api.anonymous();
    Api.Response refused = anonymous.get("/api/articles");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.get("/openapi").raw().body()).contains("/api/articles");
  }
}
