package nl.gemeente.kms.bench.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** One logged-in employee: the session cookie and the CSRF token its state-changing calls send. */
final class Session {

  static final ObjectMapper JSON = new ObjectMapper();

  final String username;
  final String cookie;
  private final String csrfToken;
  private final HttpClient http;
  private final URI base;

  private Session(String username, String cookie, String csrfToken, HttpClient http, URI base) {
    this.username = username;
    this.cookie = cookie;
    this.csrfToken = csrfToken;
    this.http = http;
    this.base = base;
  }

  static Session login(HttpClient http, URI base, String username, String password) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/session"))
        .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + r.body());
    }
    // only the name=value part of each Set-Cookie goes back in a Cookie header
    String cookie = String.join("; ", r.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    return new Session(username, cookie, JSON.readTree(r.body()).path("csrfToken").asText(), http, base);
  }

  JsonNode post(String path, Object body, int expected) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
        .header("Cookie", cookie).header("X-CSRF-Token", csrfToken)
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException("POST " + path + " by " + username + ": expected " + expected + ", got "
          + r.statusCode() + " " + r.body());
    }
    return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
  }
}
