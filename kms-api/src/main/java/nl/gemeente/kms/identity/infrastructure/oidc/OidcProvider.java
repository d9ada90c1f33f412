package nl.gemeente.kms.identity.infrastructure.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The identity provider as seen over HTTP: its discovery document, its signing keys and its token
 * endpoint. Discovery and keys are cached; an unknown key id fetches the keys again, so a key
 * rotation at the provider needs no restart of the KMS.
 */
@ApplicationScoped
public class OidcProvider {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject OidcSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private volatile JsonNode discovery;
  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

  String authorizationEndpoint() {
    return endpoint("authorization_endpoint");
  }

  /** Exchanges the authorization code (with its PKCE verifier) for the token response. */
  JsonNode redeem(String code, String redirectUri, String codeVerifier) {
    String form = Map.of(
            "grant_type", "authorization_code",
            "code", code,
            "redirect_uri", redirectUri,
            "code_verifier", codeVerifier)
        .entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    // client_secret_basic: RFC 6749 §2.3.1 wants both parts form-encoded before Base64
    String client = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
        + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    return send(request, "token endpoint");
  }

  /** The signing key with this id, fetching the provider's key set again when it is not known. */
  PublicKey signingKey(String keyId) {
    PublicKey key = keys.get(keyId);
    if (key == null) {
      loadKeys();
      key = keys.get(keyId);
    }
    return key;
  }

  private synchronized void loadKeys() {
    JsonNode set = get(endpoint("jwks_uri"), "key set");
    for (JsonNode jwk : set.path("keys")) {
      if ("RSA".equals(jwk.path("kty").asText()) && !"enc".equals(jwk.path("use").asText())) {
        keys.put(jwk.path("kid").asText(""), rsaKey(jwk));
      }
    }
  }

  private static PublicKey rsaKey(JsonNode jwk) {
    try {
      BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("n").asText()));
      BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("e").asText()));
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SingleSignOnFailed("unreadable key in the provider's key set", e);
    }
  }

  private String endpoint(String name) {
    JsonNode document = discovery;
    if (document == null) {
      document = get(settings.issuer() + "/.well-known/openid-configuration", "discovery document");
      if (!settings.issuer().equals(document.path("issuer").asText())) {
        throw new SingleSignOnFailed("discovery document names issuer " + document.path("issuer").asText());
      }
      discovery = document;
    }
    String url = document.path(name).asText("");
    if (url.isEmpty()) {
      throw new SingleSignOnFailed("the provider's discovery document has no " + name);
    }
    return url;
  }

  private JsonNode get(String url, String what) {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Accept", "application/json").GET().build(), what);
  }

  private JsonNode send(HttpRequest request, String what) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new SingleSignOnFailed(what + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new SingleSignOnFailed(what + " not reachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SingleSignOnFailed(what + " interrupted", e);
    }
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.substring(0, Math.min(300, body.length()));
  }
}
