package nl.gemeente.kms.bench.notifications;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Adds agent accounts to the bench server's own database. The application has no API that creates
 * accounts (they come from the identity provider), and a seeding endpoint would be one more thing
 * reachable in production; the bench writes the rows itself, through H2's auto-server mode.
 */
final class AgentSeeder {

  static final String PASSWORD = "Bench-agent-2026";
  // the stored hash names its own iteration count: few here, so 1,000 logins do not dominate the run
  private static final int ITERATIONS = 1000;

  private AgentSeeder() {}

  static List<String> seed(String jdbcUrl, int count) throws SQLException, GeneralSecurityException {
    String hash = hash(PASSWORD);
    List<String> usernames = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(jdbcUrl, "kms", "")) {
      db.setAutoCommit(false);
      try (PreparedStatement user = db.prepareStatement(
              "insert into app_user (username, display_name, password_hash, active, created_at, email) values (?, ?, ?, true, ?, ?)");
          PreparedStatement role = db.prepareStatement("insert into user_role (username, role_name) values (?, 'AGENT')")) {
        for (int i = 1; i <= count; i++) {
          String username = String.format("bench.agent.%04d", i);
          user.setString(1, username);
          user.setString(2, "Bench agent " + i);
          user.setString(3, hash);
          user.setTimestamp(4, Timestamp.from(Instant.now()));
          user.setString(5, username + "@gemeente.example");
          user.addBatch();
          role.setString(1, username);
          role.addBatch();
          usernames.add(username);
        }
        user.executeBatch();
        role.executeBatch();
      }
      db.commit();
    }
    return usernames;
  }

  /** The Jakarta Security Pbkdf2PasswordHash format: algorithm:iterations:salt:hash. */
  static String hash(String password) throws GeneralSecurityException {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    var spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
    byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA256:" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
  }
}
