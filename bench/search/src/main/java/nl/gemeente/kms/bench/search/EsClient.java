package nl.gemeente.kms.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP to the Elasticsearch node the KMS uses: for the baseline index and the latency floor. */
final class EsClient {

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  EsClient(String base) {
    this.base = base;
  }

  JsonNode send(String method, String path, String body, String contentType) throws IOException {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).method(method, publisher)
        .header("Content-Type", contentType).timeout(Duration.ofSeconds(60)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
        throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return KmsClient.JSON.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  JsonNode json(String method, String path, String body) throws IOException {
    return send(method, path, body, "application/json");
  }
}
