package nl.gemeente.kms.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stable pseudonyms for employees in analytics: a keyed hash (HMAC-SHA256) of the user name. The key
 * comes from {@code KMS_PSEUDONYM_KEY}, or is generated once into the data directory; without the
 * key a pseudonym cannot be turned back into a name.
 */
@ApplicationScoped
public class Pseudonyms {

  @Inject
  @ConfigProperty(name = "kms.pseudonym.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "kms.data.dir", defaultValue = "data")
  String dataDir;

  private SecretKeySpec key;

  @PostConstruct
  void loadKey() {
    byte[] bytes = configuredKey.filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(this::keyFile);
    key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  public String of(String username) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(username.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private byte[] keyFile() {
    Path file = Path.of(dataDir, "pseudonym.key");
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
      }
      return Base64.getDecoder().decode(Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
