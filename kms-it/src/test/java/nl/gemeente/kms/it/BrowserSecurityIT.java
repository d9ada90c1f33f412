package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Security headers, CSRF protection of cookie sessions, login throttling and request size limits. */
@ExtendWith(ArquillianExtension.class)
class BrowserSecurityIT {

  private static final String BASE = "http://localhost:" + Integer.getInteger("it.http.port", 9181);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (Api.Response r : new Api.Response[] {Api.anonymous().get("/"), Api.as("anna.agent").get("/api/session")}) {
      assertThat(r.header("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
          .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
      assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.header("Referrer-Policy")).contains("no-referrer");
    }
  }

  @Test
  void aCookieSessionWithoutItsCsrfTokenCannotChangeAnything() {
    Api bert = Api.as("bert.burgerzaken");
    Api forged = bert.withoutCsrfToken();
    Api.Response refused = forged.post("/api/articles", Articles.create("burgerzaken", "Vervalst", "Tekst."));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(forged.get("/api/session").status()).isEqualTo(200);
    assertThat(bert.post("/api/articles", Articles.create("burgerzaken", "Echt", "Tekst.")).status()).isEqualTo(201);
  }

  @Test
  void anAuthorizationHeaderOfAnotherSchemeDoesNotExemptACookieSessionFromTheToken() throws Exception {
    Api bert = Api.as("bert.burgerzaken");
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/articles"))
        .header("Cookie", bert.cookieHeader()).header("Authorization", "Bearer niet-van-ons")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Articles.create("burgerzaken", "Met Bearer", "Tekst.").toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("CSRF");
  }

  @Test
  void callsWithTheirOwnCredentialsNeedNoCsrfToken() throws Exception {
    String basic = Base64.getEncoder().encodeToString(("bert.burgerzaken:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/articles"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Articles.create("burgerzaken", "Met Basic", "Tekst.").toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(201);
  }

  @Test
  void repeatedWrongPasswordsAreThrottledWithAClearMessage() throws Exception {
    String name = "onbekend-" + UUID.randomUUID();
    HttpResponse<String> last = null;
    for (int i = 0; i < 7; i++) {
      String basic = Base64.getEncoder().encodeToString((name + ":fout").getBytes(StandardCharsets.UTF_8));
      last = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/session"))
          .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.body()).contains("Try again in");
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void loginsAreAudited() {
    Api.as("kees.agent");
    // the audit trail of logins is read by administrators through the audit export (see docs/security.md)
    assertThat(Api.as("adam.admin").get("/api/admin/audit?days=1").raw().body()).contains("kees.agent").contains("LOGIN");
  }

  @Test
  void aSessionCookieCopiedBeforeLogoutOpensNothingAfterIt() throws Exception {
    Api anna = Api.as("anna.agent");
    String copied = anna.cookieHeader();
    assertThat(copied).contains("JSESSIONID").doesNotContain("LtpaToken2");
    assertThat(withCookie(copied, "/api/session").statusCode()).isEqualTo(200);
    assertThat(anna.delete("/api/session").status()).isEqualTo(204);
    HttpResponse<String> after = withCookie(copied, "/api/session");
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body()).doesNotContain("anna.agent");
  }

  @Test
  void aSessionIdPlantedBeforeTheLoginIsWorthlessAfterIt() throws Exception {
    // the attacker's own logged-in session, planted in the employee's browser before she logs in
    String planted = Api.as("karin.km").cookieHeader();
    String basic = Base64.getEncoder().encodeToString(("anna.agent:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/session"))
        .header("Authorization", "Basic " + basic).header("Cookie", planted)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("\"anna.agent\"");
    String issued = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    assertThat(issued).startsWith("JSESSIONID=").isNotEqualTo(planted);
    assertThat(withCookie(issued, "/api/session").body()).contains("\"anna.agent\"");
    // the planted id no longer names any session: the attacker cannot ride on her login
    assertThat(withCookie(planted, "/api/session").statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> withCookie(String cookie, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
