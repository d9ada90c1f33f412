package nl.gemeente.kms.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak, the OpenID Connect provider of the single sign-on tests: started once per test
 * run on first use (start-up takes one to two minutes), with the realm of {@code
 * keycloak/kms-realm.json} imported into a fresh database, and stopped when the test JVM ends.
 */
final class KeycloakForTests {

  static final String REALM = "kms";
  static final String CLIENT_SECRET = System.getProperty("it.keycloak.client.secret", "kms-test-secret");
  private static Process process;

  private KeycloakForTests() {}

  static String issuer() {
    return "http://localhost:" + port() + "/realms/" + REALM;
  }

  /** Starts Keycloak unless this run already did; returns when the realm answers. */
  static synchronized void ensureRunning() {
    if (process != null && process.isAlive()) {
      return;
    }
    Path home = Path.of(System.getProperty("it.keycloak.home", "target/keycloak/keycloak"));
    try {
      prepareRealm(home);
      Path log = home.resolve("kms-it-keycloak.log");
      ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
          "--http-port=" + port(), "--http-management-port=" + Integer.getInteger("it.keycloak.management.port", 18190),
          "--import-realm"))
          .redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      // Keycloak sizes its heap from the machine's memory by default; the test realm needs little
      builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
      long started = System.nanoTime();
      process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> process.destroy()));
      awaitRealm(log);
      System.out.println("Keycloak for the tests is up after " + Duration.ofNanos(System.nanoTime() - started).toSeconds()
          + " s at " + issuer());
    } catch (IOException e) {
      throw new IllegalStateException("cannot start Keycloak from " + home, e);
    }
  }

  /** A fresh database each run, so the realm file as it is now is what gets imported. */
  private static void prepareRealm(Path home) throws IOException {
    Path data = home.resolve("data");
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(data.resolve("import"));
    String realm;
    try (var in = KeycloakForTests.class.getResourceAsStream("/keycloak/kms-realm.json")) {
      realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    realm = realm.replace("__KMS_BASE_URL__", Api.baseUrl()).replace("__CLIENT_SECRET__", CLIENT_SECRET);
    Files.writeString(data.resolve("import/kms-realm.json"), realm);
  }

  private static void awaitRealm(Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration")).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    try {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("Keycloak stopped during start-up; see " + log);
        }
        try {
          if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
          }
        } catch (IOException notListeningYet) {
          // start-up takes a while; keep asking
        }
        Thread.sleep(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("Keycloak did not answer within 6 minutes; see " + log);
  }

  private static int port() {
    return Integer.getInteger("it.keycloak.port", 18180);
  }
}
