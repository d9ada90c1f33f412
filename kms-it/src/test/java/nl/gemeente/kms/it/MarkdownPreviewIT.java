package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editor's live preview renders on the server exactly as a saved article would, refuses unsafe
 * markup with the same field error as saving, and is for editors and knowledge managers only.
 */
@ExtendWith(ArquillianExtension.class)
class MarkdownPreviewIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private static ObjectNode markdown(String text) {
    ObjectNode body = Api.object();
    body.put("markdown", text);
    return body;
  }

  @Test
  void anEditorSeesTheSanitizedHtmlAgentsWillRead() {
    Api.Response r = Api.as("bert.burgerzaken").post("/api/markdown/preview",
        markdown("## Kosten\n\nDe **leges** zijn:\n\n| Document | Bedrag |\n|---|---|\n| Paspoort | € 84,95 |"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.body().get("html").asText())
        .contains("<h2 id=\"kosten\">Kosten</h2>")
        .contains("<strong>leges</strong>")
        .contains("<table>");
    assertThat(Api.as("karin.km").post("/api/markdown/preview", markdown("*ok*")).status()).isEqualTo(200);
  }

  @Test
  void unsafeMarkupIsAFieldErrorOnTheBodyAsWhenSaving() {
    Api.Response r = Api.as("bert.burgerzaken").post("/api/markdown/preview", markdown("Hallo <script>alert(1)</script>"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().get("errors").get(0).get("field").asText()).isEqualTo("body");
    assertThat(r.body().get("errors").get(0).get("rule").asText()).isEqualTo("unsafe-markup");
  }

  @Test
  void aMissingTextIsARequiredField() {
    Api.Response r = Api.as("bert.burgerzaken").post("/api/markdown/preview", Api.object());
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("errors").get(0).get("field").asText()).isEqualTo("markdown");
    assertThat(r.body().get("errors").get(0).get("rule").asText()).isEqualTo("required");
  }

  @Test
  void agentsAndAnonymousCallersCannotUseIt() {
    assertThat(Api.as("anna.agent").post("/api/markdown/preview", markdown("x")).status()).isEqualTo(403);
    assertThat(Api.anonymous().post("/api/markdown/preview", markdown("x")).status()).isEqualTo(401);
  }
}
