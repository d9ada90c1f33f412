package nl.gemeente.kms.identity.infrastructure.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IdTokenTest {

  private static final String ISSUER = "https://login.gemeente.example/realms/kms";
  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final KeyPair PROVIDER = keyPair();
  private static final KeyPair ATTACKER = keyPair();
  private static final Function<String, PublicKey> KEYS = kid -> "k1".equals(kid) ? PROVIDER.getPublic() : null;

  @Test
  void acceptsAValidTokenAndReturnsItsClaims() {
    String token = sign(PROVIDER, "k1", "RS256", claims(ISSUER, "\"kms\"", NOW.plusSeconds(300), "n-1"));

    assertThat(IdToken.verify(token, KEYS, ISSUER, "kms", "n-1", NOW).path("preferred_username").asText())
        .isEqualTo("olga");
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    String token = sign(ATTACKER, "k1", "RS256", claims(ISSUER, "\"kms\"", NOW.plusSeconds(300), "n-1"));

    assertThatThrownBy(() -> IdToken.verify(token, KEYS, ISSUER, "kms", "n-1", NOW)).hasMessageContaining("signature");
  }

  @Test
  void refusesAnUnsignedToken() {
    String payload = b64(claims(ISSUER, "\"kms\"", NOW.plusSeconds(300), "n-1"));
    String token = b64("{\"alg\":\"none\",\"kid\":\"k1\"}") + "." + payload + ".";

    assertThatThrownBy(() -> IdToken.verify(token, KEYS, ISSUER, "kms", "n-1", NOW)).isInstanceOf(SingleSignOnFailed.class);
  }

  @Test
  void refusesWrongIssuerAudienceExpiryOrNonce() {
    String otherIssuer = sign(PROVIDER, "k1", "RS256", claims("https://evil.example", "\"kms\"", NOW.plusSeconds(300), "n-1"));
    String otherClient = sign(PROVIDER, "k1", "RS256", claims(ISSUER, "[\"kms\",\"other\"]", NOW.plusSeconds(300), "n-1"));
    String expired = sign(PROVIDER, "k1", "RS256", claims(ISSUER, "\"kms\"", NOW.minusSeconds(120), "n-1"));
    String replayed = sign(PROVIDER, "k1", "RS256", claims(ISSUER, "\"kms\"", NOW.plusSeconds(300), "n-0"));

    assertThatThrownBy(() -> IdToken.verify(otherIssuer, KEYS, ISSUER, "kms", "n-1", NOW)).hasMessageContaining("issuer");
    // several audiences without azp naming us: the token was meant for someone else too
    assertThatThrownBy(() -> IdToken.verify(otherClient, KEYS, ISSUER, "kms", "n-1", NOW)).hasMessageContaining("audience");
    assertThatThrownBy(() -> IdToken.verify(expired, KEYS, ISSUER, "kms", "n-1", NOW)).hasMessageContaining("expired");
    assertThatThrownBy(() -> IdToken.verify(replayed, KEYS, ISSUER, "kms", "n-1", NOW)).hasMessageContaining("nonce");
  }

  private static String claims(String issuer, String audience, Instant expiry, String nonce) {
    return "{\"iss\":\"" + issuer + "\",\"aud\":" + audience + ",\"exp\":" + expiry.getEpochSecond()
        + ",\"nonce\":\"" + nonce + "\",\"preferred_username\":\"olga\"}";
  }

  private static String sign(KeyPair key, String kid, String alg, String claims) {
    try {
      String input = b64("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\"}") + "." + b64(claims);
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key.getPrivate());
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
