package nl.gemeente.kms.identity.infrastructure.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks an ID token as OpenID Connect Core §3.1.3.7 asks: RS256/384/512 signature by a key of the
 * provider's JWKS, issuer, audience (and authorized party when there are several audiences),
 * expiry and the nonce of this login. The token came straight from the token endpoint, so the
 * signature check is defence in depth on top of the TLS connection, not the only line.
 */
final class IdToken {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
  private static final Map<String, String> ALGORITHMS =
      Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

  private IdToken() {}

  /**
   * @param keys the provider's signing key with the given key id ({@code kid}), or null if unknown
   * @return the token's claims
   */
  static JsonNode verify(
      String jwt, Function<String, PublicKey> keys, String issuer, String clientId, String nonce, Instant now) {
    String[] parts = Objects.requireNonNull(jwt, "id_token").split("\\.");
    if (parts.length != 3) {
      throw new SingleSignOnFailed("the ID token is not a signed JWT");
    }
    JsonNode header = decode(parts[0]);
    String algorithm = ALGORITHMS.get(header.path("alg").asText());
    if (algorithm == null) {
      throw new SingleSignOnFailed("ID token algorithm not accepted: " + header.path("alg").asText());
    }
    PublicKey key = keys.apply(header.path("kid").asText(""));
    if (key == null || !signatureValid(algorithm, key, parts)) {
      throw new SingleSignOnFailed("the ID token's signature does not verify");
    }
    JsonNode claims = decode(parts[1]);
    require(issuer.equals(claims.path("iss").asText()), "issuer " + claims.path("iss").asText());
    JsonNode aud = claims.path("aud");
    boolean audience = aud.isArray()
        ? containsText(aud, clientId) && (aud.size() == 1 || clientId.equals(claims.path("azp").asText()))
        : clientId.equals(aud.asText());
    require(audience, "audience " + aud);
    require(claims.path("exp").canConvertToLong()
        && now.minus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(claims.path("exp").asLong())), "expired");
    require(nonce.equals(claims.path("nonce").asText()), "nonce does not match this login");
    return claims;
  }

  private static boolean signatureValid(String algorithm, PublicKey key, String[] parts) {
    try {
      Signature signature = Signature.getInstance(algorithm);
      signature.initVerify(key);
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean containsText(JsonNode array, String value) {
    for (JsonNode v : array) {
      if (value.equals(v.asText())) {
        return true;
      }
    }
    return false;
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new SingleSignOnFailed("ID token refused: " + what);
    }
  }

  static JsonNode decode(String base64url) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(base64url));
    } catch (IOException | IllegalArgumentException e) {
      throw new SingleSignOnFailed("the ID token is not readable", e);
    }
  }
}
