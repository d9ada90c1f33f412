package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input against every write endpoint under /api: broken JSON, wrong content types, huge
 * bodies, hostile text in every field (markup, SQL and Elasticsearch syntax, path traversal,
 * unicode tricks) and hostile path segments. Every answer is a success or a 4xx problem response,
 * never a 5xx; and no rendered Markdown that comes back holds the payload as live markup.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {

  /** Live markup in rendered HTML: scriptable elements, event handlers, javascript: URLs, inline styles. */
  static final Pattern LIVE_MARKUP = Pattern.compile(
      "(?i)<(script|iframe|svg|object|embed|style|math|base|form)\\b|<[^>]*\\son\\w+\\s*=|<[^>]*(href|src|action)\\s*=\\s*[\"']?\\s*javascript:"
          + "|<[^>]*\\sstyle\\s*=");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @BeforeAll
  static void waitForSearch() throws InterruptedException {
    Api agent = FuzzTargets.session("anna.agent");
    for (int i = 0; i < 120 && agent.get("/api/search?q=paspoort").status() == 503; i++) {
      Thread.sleep(1000);
    }
  }

  @AfterAll
  static void resetClock() {
    FuzzTargets.session("adam.admin").put("/api/admin/clock", Api.object().putNull("now"), null);
  }

  static Stream<FuzzTarget> targets() {
    return FuzzTargets.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void neverA5xxAndNeverLiveMarkup(FuzzTarget target) {
    Api api = FuzzTargets.session(target.username());
    List<String> failures = new ArrayList<>();
    for (String field : target.fields()) {
      for (String text : FuzzPayloads.TEXT) {
        check(api, target, target.path(), "application/json", target.bodyWith(field, "\"" + text + "\""), field + "=" + text, failures);
      }
      for (String wrong : FuzzPayloads.WRONG_TYPES) {
        check(api, target, target.path(), "application/json", target.bodyWith(field, wrong), field + "=" + wrong, failures);
      }
    }
    for (String malformed : FuzzPayloads.MALFORMED) {
      check(api, target, target.path(), "application/json", malformed, "malformed " + abbreviate(malformed), failures);
    }
    for (String type : FuzzPayloads.CONTENT_TYPES) {
      check(api, target, target.path(), type, target.validBody(), "content type " + type, failures);
    }
    check(api, target, target.path(), null, target.validBody(), "no content type", failures);
    check(api, target, target.path(), "application/json", "{\"x\":\"" + "a".repeat(3_000_000) + "\"}", "3 MB body", failures);
    checkBytes(api, target, FuzzPayloads.invalidUtf8Json(), failures);
    if (target.path().matches(".*/\\d+(/.*)?$") || target.path().contains("/employees/")) {
      for (String segment : FuzzPayloads.PATH_SEGMENTS) {
        String path = target.path().replaceFirst("/(\\d+|[a-z]+\\.[a-z]+)(?=/|$)", "/" + segment);
        checkPath(api, target, path, failures);
      }
    }
    assertThat(failures).as(target.name()).isEmpty();
  }

  /** Markup stored in an article comes back escaped or removed when the text is rendered on a later read. */
  @Test
  void storedArticlesRenderNoLiveMarkup() {
    Api bert = FuzzTargets.session("bert.burgerzaken");
    for (String xss : FuzzPayloads.XSS) {
      String text = xss.replace("\\\"", "\"");
      ObjectNode request = Articles.create("burgerzaken", "Opmaak " + System.nanoTime(), "Inleiding.\n\n" + text + "\n\nSlot " + text);
      ((ObjectNode) request.get("content")).putArray("questionAnswers").addObject().put("question", text).put("answer", text);
      Api.Response created = bert.post("/api/articles", request);
      if (created.status() == 400) {
        // refused as unsafe markup: not stored, so nothing to render
        assertThat(created.raw().body()).as(text).contains("unsafe-markup");
        continue;
      }
      long id = Articles.expect(created, 201).body().get("id").asLong();
      String html = Articles.expect(bert.get("/api/articles/" + id + "/versions/1"), 200).body().path("bodyHtml").asText();
      assertThat(html).as("rendered " + text).contains("Inleiding");
      assertThat(LIVE_MARKUP.matcher(html).find()).as(text + " renders as " + html).isFalse();
    }
  }

  private static void check(Api api, FuzzTarget t, String path, String type, String body, String what, List<String> failures) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    judge(t, what, api.sendRaw(t.method(), path, type, bytes, t.ifMatch().get()), failures);
  }

  /**
   * A malformed URI (an invalid percent-encoding, an encoded slash) is refused by Liberty's web
   * container before the application sees it, with the container's own 400 body: it must still be
   * a 4xx, but cannot be a problem response.
   */
  private static void checkPath(Api api, FuzzTarget t, String path, List<String> failures) {
    byte[] body = t.validBody().getBytes(StandardCharsets.UTF_8);
    Api.Response r = api.sendRaw(t.method(), path, "application/json", body, t.ifMatch().get());
    if (r.status() == 400 && !r.contentType().startsWith("application/problem+json")) {
      return;
    }
    judge(t, "path " + path, r, failures);
  }

  private static void checkBytes(Api api, FuzzTarget t, byte[] body, List<String> failures) {
    judge(t, "invalid UTF-8", api.sendRaw(t.method(), t.path(), "application/json", body, t.ifMatch().get()), failures);
  }

  private static void judge(FuzzTarget t, String what, Api.Response r, List<String> failures) {
    String where = t.name() + " with " + abbreviate(what) + ": ";
    if (r.status() >= 500) {
      failures.add(where + r.status() + " " + abbreviate(r.raw().body()));
    } else if (r.status() >= 400 && !r.contentType().startsWith("application/problem+json")) {
      failures.add(where + r.status() + " without a problem response: " + r.contentType() + " " + abbreviate(r.raw().body()));
    } else if (r.status() < 300) {
      String html = r.body().path("bodyHtml").asText(r.body().path("html").asText(""));
      if (LIVE_MARKUP.matcher(html).find()) {
        failures.add(where + "live markup in " + abbreviate(html));
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
  }
}
