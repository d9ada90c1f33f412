package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on through a real Keycloak: the browser's redirects and Keycloak's own login form,
 * followed step by step by an HTTP client, end in a KMS session whose roles and departments come
 * from the ID token's claims (mapped as the test server's KMS_OIDC_* environment says).
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @BeforeAll
  static void identityProvider() {
    KeycloakForTests.ensureRunning();
  }

  @Test
  void anEditorSignsOnAndGetsTheRoleAndDepartmentOfTheToken() {
    Api olga = signOn("olga.redacteur", "Olga-sso-2026");

    JsonNode session = Articles.expect(olga.get("/api/session"), 200).body();
    assertThat(session.get("username").asText()).isEqualTo("olga.redacteur");
    // kms-redacteur -> EDITOR, kms-klantcontact -> AGENT; the group that is no KMS department is dropped
    assertThat(texts(session.get("roles"))).containsExactly("AGENT", "EDITOR");
    assertThat(texts(session.get("departments"))).containsExactly("burgerzaken");

    long id = Articles.createDraft(olga, "burgerzaken", "Verhuizing doorgeven", "Via de website.");
    assertThat(olga.post("/api/articles", Articles.create("belastingen", "Niet van mij", "x")).status())
        .as("another department's article").isEqualTo(403);

    JsonNode audit = Articles.expect(Api.as("adam.admin").get("/api/admin/audit?days=366"), 200).body();
    assertThat(audit.findParents("actor").stream()
            .filter(l -> l.get("actor").asText().equals("olga.redacteur") && l.get("action").asText().equals("LOGIN")))
        .as("the sign-on is in the audit trail, with its provider")
        .anySatisfy(l -> assertThat(l.get("remark").asText()).isEqualTo("single sign-on via " + KeycloakForTests.issuer()));
    assertThat(id).isPositive();
  }

  @Test
  void anEmployeeWithoutTheEditorClaimMayReadButNotWrite() {
    Api piet = signOn("piet.zonderrol", "Piet-sso-2026");

    JsonNode session = Articles.expect(piet.get("/api/session"), 200).body();
    assertThat(texts(session.get("roles"))).containsExactly("AGENT");
    assertThat(texts(session.get("departments"))).containsExactly("belastingen");

    assertThat(piet.get("/api/articles").status()).isEqualTo(200);
    Api.Response refused = piet.post("/api/articles", Articles.create("belastingen", "Kwijtschelding", "Aanvragen."));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theLoginPageLearnsBeforeLoginThatSingleSignOnIsOn() {
    JsonNode options = Articles.expect(Api.anonymous().get("/api/session/options"), 200).body();

    assertThat(options.get("singleSignOn").asBoolean()).isTrue();
    assertThat(options.get("singleSignOnUrl").asText()).isEqualTo("/api/session/oidc");
    assertThat(Api.anonymous().get("/api/session").status()).as("the rest of the session API stays closed").isEqualTo(401);
  }

  @Test
  void aCallbackThatThisBrowserDidNotStartLogsNobodyIn() throws Exception {
    HttpClient browser = browser();
    HttpResponse<String> forged = get(browser, Api.baseUrl() + "/api/session/oidc/callback?code=stolen&state=guessed");

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(get(browser, Api.baseUrl() + "/api/session").statusCode()).isEqualTo(401);
  }

  @Test
  void theDatabaseLoginStillWorksAndASignedOnAccountHasNoPassword() {
    signOn("piet.zonderrol", "Piet-sso-2026");

    assertThat(Api.as("bert.burgerzaken").get("/api/session").body().get("username").asText()).isEqualTo("bert.burgerzaken");
    HttpClient client = browser();
    String basic = Base64.getEncoder().encodeToString("piet.zonderrol:".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> withoutPassword = send(client, HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/session"))
        .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(withoutPassword.statusCode()).isEqualTo(401);
  }

  /** What a browser does: KMS -> Keycloak login form -> post credentials -> KMS callback -> SPA. */
  private static Api signOn(String username, String password) {
    HttpClient browser = browser();
    HttpResponse<String> start = get(browser, Api.baseUrl() + "/api/session/oidc");
    assertThat(start.statusCode()).as("sent to the identity provider").isEqualTo(302);
    String authorize = start.headers().firstValue("Location").orElseThrow();
    assertThat(authorize).startsWith(KeycloakForTests.issuer()).contains("code_challenge_method=S256");

    HttpResponse<String> loginPage = get(browser, authorize);
    assertThat(loginPage.statusCode()).as("Keycloak's login page").isEqualTo(200);
    Matcher action = FORM_ACTION.matcher(loginPage.body());
    assertThat(action.find()).as("a login form in " + loginPage.body()).isTrue();
    String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
    HttpResponse<String> loggedIn = send(browser, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    assertThat(loggedIn.statusCode()).as("Keycloak accepts the password: " + loggedIn.body()).isEqualTo(302);
    String callback = loggedIn.headers().firstValue("Location").orElseThrow();
    assertThat(callback).startsWith(Api.baseUrl() + "/api/session/oidc/callback?");

    HttpResponse<String> back = get(browser, callback);
    assertThat(back.statusCode()).as("the KMS completes the sign-on: " + back.body()).isEqualTo(303);
    assertThat(URI.create(callback).resolve(back.headers().firstValue("Location").orElseThrow()))
        .as("on to the web application").isEqualTo(URI.create(Api.baseUrl() + "/"));
    return Api.ofSession(browser);
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new LocalhostCookies())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Keycloak marks its login cookies Secure; browsers keep those for http://localhost (a secure
   * context to them), Java's cookie manager does not, so this one drops the flag for localhost.
   */
  private static final class LocalhostCookies extends CookieHandler {
    private final CookieManager cookies = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
      return cookies.get(uri, headers);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      Map<String, List<String>> relaxed = new HashMap<>(headers);
      headers.forEach((name, values) -> {
        if (name != null && name.equalsIgnoreCase("Set-Cookie") && "localhost".equals(uri.getHost())) {
          relaxed.put(name, values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList());
        }
      });
      cookies.put(uri, relaxed);
    }
  }

  private static HttpResponse<String> get(HttpClient client, String url) {
    return send(client, HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri().toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
