package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dutch relevance on a small fixed set of articles, kept apart from other tests' articles by a
 * topic of their own: stemming, typos, synonyms, unfinished words, accents.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

  private static final String TOPIC = "it-search-" + UUID.randomUUID().toString().substring(0, 8);
  private static Api agent;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @BeforeAll
  static void publishTheFixedSet() throws Exception {
    Api bert = Api.as("bert.burgerzaken");
    Api bea = Api.as("bea.burgerzaken");
    Api ben = Api.as("ben.belastingen");
    Api bo = Api.as("bo.belastingen");
    publish(bert, bea, "burgerzaken", "Paspoort aanvragen", "Een paspoort vraagt u aan bij de balie.", "paspoort");
    publish(bert, bea, "burgerzaken", "ID-kaart kwijt of gestolen", "Meld een verloren ID-kaart bij de gemeente.", "id-kaart, vermissing");
    publish(bert, bea, "burgerzaken", "Verhuizing doorgeven", "Geef uw nieuwe adres door met DigiD.", "verhuizen, adreswijziging");
    publish(ben, bo, "belastingen", "Hondenbelasting", "Wie een hond heeft, betaalt belasting voor de hond.", "hond");
    publish(ben, bo, "belastingen", "Terras bij een café: precariobelasting", "Voor een terras op de stoep betaalt een café precario.", "terras");
    agent = Api.as("anna.agent");
    Api km = Api.as("karin.km");
    ObjectNode rule = Api.object();
    rule.putArray("terms").add("legitimatiebewijs").add("identiteitskaart").add("ID-kaart");
    Articles.expect(km.post("/api/search/synonyms", rule), 201);
    // the outbox worker applies publications within a second or two
    for (int i = 0; i < 40 && search("hondenbelasting").get("total").asLong() == 0; i++) {
      Thread.sleep(250);
    }
  }

  private static void publish(Api author, Api reviewer, String dept, String title, String body, String keywords) {
    ObjectNode request = Articles.create(dept, title, body);
    request.putArray("topics").add(TOPIC);
    var kw = ((ObjectNode) request.get("content")).putArray("keywords");
    for (String k : keywords.split(",")) {
      kw.add(k.strip());
    }
    Articles.publish(author, reviewer, request);
  }

  private static JsonNode search(String q) {
    String url = "/api/search?topic=" + TOPIC + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    return Articles.expect(agent.get(url), 200).body();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "paspoorten aanvragen, Paspoort aanvragen",
    "pasport, Paspoort aanvragen",
    "hondenbelsting, Hondenbelasting",
    "honden, Hondenbelasting",
    "identiteitskaart kwijt, ID-kaart kwijt of gestolen",
    "legitimatiebewijs verloren, ID-kaart kwijt of gestolen",
    "verhuizen doorgeven, Verhuizing doorgeven",
    "cafe terras, Terras bij een café: precariobelasting",
    "verhuiz, Verhuizing doorgeven"
  })
  void theRightArticleComesFirst(String query, String expectedTitle) {
    JsonNode hits = search(query).get("hits");
    assertThat(hits.size()).as(query).isPositive();
    assertThat(hits.get(0).get("title").asText()).as(query).isEqualTo(expectedTitle);
  }

  @Test
  void resultsCarryTheShortAnswerAndAHighlight() {
    JsonNode hit = search("paspoort").get("hits").get(0);
    assertThat(hit.get("shortAnswer").asText()).isNotBlank();
    assertThat(hit.get("highlights").toString()).contains("<em>");
  }

  @Test
  void querySyntaxIsTreatedAsText() {
    for (String hostile : new String[] {"\"paspoort", "pas*", "paspoort~", "(paspoort", "paspoort OR", "\\", "{\"match_all\":{}}", "pas\0poort"}) {
      assertThat(agent.get("/api/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8)).status()).as(hostile).isEqualTo(200);
    }
  }

  @Test
  void emptyLongUnknownAndOutOfRangeInputs() {
    assertThat(agent.get("/api/search?q=").body().get("total").asLong()).isZero();
    Api.Response tooLong = agent.get("/api/search?q=" + "a".repeat(10_000));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.contentType()).startsWith("application/problem+json");
    assertThat(agent.get("/api/search?q=paspoort&department=bestaat-niet").body().get("total").asLong()).isZero();
    assertThat(agent.get("/api/search?q=paspoort&page=99").body().get("hits").size()).isZero();
    assertThat(agent.get("/api/search?q=paspoort&page=101").status()).isEqualTo(400);
  }

  @Test
  void facetsAutocompleteAndDidYouMean() {
    JsonNode withFacets = agent.get("/api/search?facets=true&topic=" + TOPIC + "&q=betaalt").body();
    assertThat(withFacets.get("facets").get("department").get("belastingen").asLong()).isEqualTo(2);
    JsonNode suggestions = Articles.expect(agent.get("/api/search/autocomplete?q=honden"), 200).body();
    assertThat(suggestions.findValuesAsText("title")).contains("Hondenbelasting");
    JsonNode nothing = search("xqzwv");
    assertThat(nothing.get("total").asLong()).isZero();
    assertThat(nothing.path("didYouMean").isTextual()).as("nothing close to suggest").isFalse();
    // two edits in a short word are beyond the typo tolerance, so nothing matches; the suggestion helps
    JsonNode misspelled = search("psaboort");
    assertThat(misspelled.get("total").asLong()).isZero();
    assertThat(misspelled.get("didYouMean").asText()).isEqualTo("paspoort");
    JsonNode found = search("paspoort");
    assertThat(found.path("didYouMean").isTextual()).as("no suggestion beside results").isFalse();
    assertThat(found.get("totalIsLowerBound").asBoolean()).isFalse();
  }

  @Test
  void analyticsNeverStoreCitizenData() {
    Articles.expect(agent.get("/api/search?q=" + URLEncoder.encode("paspoort 111222333 jan@example.nl", StandardCharsets.UTF_8)), 200);
    JsonNode report = Articles.expect(Api.as("karin.km").get("/api/search/analytics?days=1"), 200).body();
    assertThat(report.toString()).doesNotContain("111222333").doesNotContain("jan@example.nl").contains("[bsn]");
    assertThat(agent.get("/api/search/analytics").status()).isEqualTo(403);
  }
}
