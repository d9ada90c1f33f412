package nl.gemeente.kms.exchange.cli;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import nl.gemeente.kms.exchange.format.ExchangeFormat;

/** The running KMS's admin API, as the CLI needs it: log in, upload an import, read the job. */
final class AdminApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The server said no; the message is its problem detail. */
  static final class ApiError extends IOException {
    ApiError(String message) {
      super(message);
    }
  }

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();

  // sent with every call: a command-line client has no use for the session's CSRF protection
  private String authorization;

  AdminApiClient(String base) {
    this.base = base;
  }

  void login(String user, char[] password) throws IOException {
    String basic = Base64.getEncoder().encodeToString((user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    authorization = "Basic " + basic;
    var request = HttpRequest.newBuilder(URI.create(base + "/api/session")).POST(HttpRequest.BodyPublishers.noBody());
    expect(send(request), 200, "log in as " + user);
  }

  /** Uploads the input and returns the job's address. */
  URI startImport(Path upload, ExchangeFormat format, String department, String as) throws IOException {
    StringBuilder query = new StringBuilder("?format=").append(format.shortName()).append("&as=").append(as);
    if (department != null) {
      query.append("&department=").append(URLEncoder.encode(department, StandardCharsets.UTF_8));
    }
    String type = switch (format) {
      case MARKDOWN -> "application/zip";
      case JSON_LINES -> "application/x-ndjson";
      case VAC_CSV -> "text/csv";
    };
    var request = HttpRequest.newBuilder(URI.create(base + "/api/admin/imports" + query))
        .header("Content-Type", type).header("Accept", "application/json")
        .timeout(Duration.ofMinutes(30))
        .POST(HttpRequest.BodyPublishers.ofFile(upload));
    HttpResponse<String> response = send(request);
    expect(response, 202, "start the import");
    return URI.create(base).resolve(response.headers().firstValue("Location").orElseThrow(() -> new ApiError("no Location header")));
  }

  JsonNode job(URI location) throws IOException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(location).header("Accept", "application/json").GET());
    expect(response, 200, "read the import job");
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.net.ConnectException e) {
      throw new ApiError("no KMS answers at " + base + " (is it running? ./kms run, or --url)");
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what) throws ApiError {
    if (response.statusCode() != status) {
      String detail = response.body();
      try {
        JsonNode problem = JSON.readTree(detail);
        detail = problem.path("detail").asText(detail);
      } catch (IOException notJson) {
        // keep the raw body
      }
      throw new ApiError("could not " + what + ": HTTP " + response.statusCode() + " " + detail);
    }
  }
}
