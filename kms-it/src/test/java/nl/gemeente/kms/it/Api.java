package nl.gemeente.kms.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A logged-in employee talking to the KMS over HTTP, the way the web application does. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String DEMO_PASSWORD = "Welkom-demo-2026";
  private static final String BASE = "http://localhost:" + port();

  private final HttpClient http;
  final String username;
  // the session's CSRF token: browsers and this client send it with every state-changing call
  private String csrfToken;

  private Api(String username) {
    this.username = username;
    this.http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Logs in once; the session cookie carries the authentication afterwards. */
  static Api as(String username) {
    Api api = new Api(username);
    String basic = Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    Response r = api.send(HttpRequest.newBuilder(URI.create(BASE + "/api/session"))
        .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()));
    if (r.status() != 200) {
      throw new IllegalStateException("login of " + username + " failed: " + r);
    }
    api.csrfToken = r.body().path("csrfToken").asText(null);
    return api;
  }

  /**
   * An employee whose session was started some other way (single sign-on) on this client; asks
   * the session for its CSRF token as the web application does after a redirect back.
   */
  static Api ofSession(HttpClient http) {
    Api api = new Api(null, http);
    Response session = api.get("/api/session");
    if (session.status() != 200) {
      throw new IllegalStateException("no session on this client: " + session);
    }
    Api employee = new Api(session.body().path("username").asText(), http);
    employee.csrfToken = session.body().path("csrfToken").asText(null);
    return employee;
  }

  static String baseUrl() {
    return BASE;
  }

  static Api anonymous() {
    return new Api(null);
  }

  record Response(int status, JsonNode body, HttpResponse<String> raw) {
    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
  }

  Response post(String path, Object body) {
    return send(json(HttpRequest.newBuilder(URI.create(BASE + path)), body).method("POST", publisher(body)));
  }

  Response post(String path, Object body, String ifMatch) {
    return send(json(HttpRequest.newBuilder(URI.create(BASE + path)), body).header("If-Match", ifMatch)
        .method("POST", publisher(body)));
  }

  Response put(String path, Object body, String ifMatch) {
    var builder = json(HttpRequest.newBuilder(URI.create(BASE + path)), body);
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder.method("PUT", publisher(body)));
  }

  Response delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE());
  }

  /** Opens a Server-Sent Events stream as this employee; {@code lastEventId} may be null. */
  EventStream stream(String path, String lastEventId) {
    return EventStream.open(http, URI.create(BASE + path), lastEventId);
  }

  /** The session cookie, for tests that talk to the server over a raw socket. */
  String cookieHeader() {
    var cookies = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().get(URI.create(BASE));
    return String.join("; ", cookies.stream().map(Object::toString).toList());
  }

  static int port() {
    return Integer.getInteger("it.http.port", 9181);
  }

  Response postRaw(String path, String contentType, String raw) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(raw)));
  }

  /**
   * Any method with a raw body as bytes, for tests that send what no well-behaved client would:
   * {@code contentType} or {@code ifMatch} null leaves that header out.
   */
  Response sendRaw(String method, String path, String contentType, byte[] body, String ifMatch) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    b.header("Accept", "application/json");
    return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Uploads raw bytes (a zip, JSON Lines, CSV). */
  Response postBytes(String path, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A download (an export) as bytes; fails unless 200. */
  byte[] download(String path) {
    try {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(5)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError("GET " + path + ": " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder json(HttpRequest.Builder b, Object body) {
    return b.header("Content-Type", "application/json").header("Accept", "application/json");
  }

  private static HttpRequest.BodyPublisher publisher(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The same session without its CSRF token, as a forged cross-site request would be. */
  Api withoutCsrfToken() {
    Api forged = new Api(username, http);
    return forged;
  }

  private Api(String username, HttpClient http) {
    this.username = username;
    this.http = http;
  }

  private Response send(HttpRequest.Builder request) {
    if (csrfToken != null) {
      request.header("X-CSRF-Token", csrfToken);
    }
    try {
      HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = r.body().isBlank() ? JSON.nullNode() : parse(r.body());
      return new Response(r.statusCode(), body, r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException notJson) {
      return JSON.getNodeFactory().textNode(text);
    }
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}
