package nl.gemeente.kms.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One logged-in employee on the KMS API. Logs in once and then rides the session cookie, as the web
 * application does, so password hashing never counts in a measured search.
 */
final class KmsClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http;
  private String csrfToken;

  private KmsClient(String base) {
    this.base = base;
    // Liberty speaks HTTP/1.1 to plain-text clients; an h2c upgrade attempt would only add a round trip
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  static KmsClient login(String base, String user, String password) throws IOException {
    KmsClient client = new KmsClient(base);
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    JsonNode session = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
        .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()));
    client.csrfToken = session.path("csrfToken").asText(null);
    return client;
  }

  JsonNode get(String path) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  JsonNode post(String path) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody());
    if (csrfToken != null) {
      request.header("X-CSRF-Token", csrfToken);
    }
    return send(request);
  }

  /** An agent's search as the web application sends it after Enter (logged in the analytics). */
  JsonNode search(String query, int size) throws IOException {
    return get("/api/search?size=" + size + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  private JsonNode send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() >= 300) {
        throw new IOException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
