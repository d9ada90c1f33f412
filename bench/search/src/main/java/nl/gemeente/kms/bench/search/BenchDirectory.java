package nl.gemeente.kms.bench.search;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The departments and the three accounts the benchmark uses, written into the bench server's own
 * database. The bench server runs without demo content (the knowledge base holds only what the
 * bench loads), and the application has no API that creates accounts (they come from the identity
 * provider), so the bench writes the rows itself, as the notification bench does.
 */
final class BenchDirectory {

  /** Code and name of the departments the corpus and the VACs are filed under (the demo municipality's). */
  private static final List<List<String>> DEPARTMENTS = List.of(
      List.of("burgerzaken", "Burgerzaken"), List.of("belastingen", "Belastingen en WOZ"),
      List.of("sociale-zaken", "Sociale Zaken / Werk en Inkomen"), List.of("wmo", "Wmo en Zorg"),
      List.of("vergunningen", "Vergunningen"), List.of("afval", "Afval en Openbare Ruimte"),
      List.of("parkeren", "Parkeren"), List.of("wonen", "Wonen en Bouwen"));

  /** Username, display name, role: the importer and reindexer, the searching agent, the knowledge manager. */
  private static final List<List<String>> ACCOUNTS = List.of(
      List.of("adam.admin", "Adam Hendriks (beheer)", "ADMINISTRATOR"),
      List.of("anna.agent", "Anna de Vries (KCC)", "AGENT"),
      List.of("karin.km", "Karin Peters (kennismanager)", "KNOWLEDGE_MANAGER"));

  // the stored hash names its own iteration count; logins are not what is measured
  private static final int ITERATIONS = 1000;

  private BenchDirectory() {}

  /** Writes departments and accounts into an empty directory; a directory with users is left alone. */
  static void seedIfEmpty(String jdbcUrl, String password) throws SQLException, GeneralSecurityException {
    try (Connection db = DriverManager.getConnection(jdbcUrl, "kms", "")) {
      db.setAutoCommit(false);
      try (PreparedStatement count = db.prepareStatement("select count(*) from app_user");
          ResultSet rs = count.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      try (PreparedStatement department = db.prepareStatement(
              "insert into department (code, name, review_months) select ?, ?, 12 where not exists"
                  + " (select 1 from department where code = ?)");
          PreparedStatement user = db.prepareStatement("insert into app_user (username, display_name, password_hash,"
              + " active, created_at, email) values (?, ?, ?, true, ?, ?)");
          PreparedStatement role = db.prepareStatement("insert into user_role (username, role_name) values (?, ?)")) {
        for (List<String> d : DEPARTMENTS) {
          department.setString(1, d.get(0));
          department.setString(2, d.get(1));
          department.setString(3, d.get(0));
          department.executeUpdate();
        }
        String hash = hash(password);
        for (List<String> a : ACCOUNTS) {
          user.setString(1, a.get(0));
          user.setString(2, a.get(1));
          user.setString(3, hash);
          user.setTimestamp(4, Timestamp.from(Instant.now()));
          user.setString(5, a.get(0) + "@gemeente.example");
          user.executeUpdate();
          role.setString(1, a.get(0));
          role.setString(2, a.get(2));
          role.executeUpdate();
        }
      }
      db.commit();
    }
  }

  /** The Jakarta Security Pbkdf2PasswordHash format: algorithm:iterations:salt:hash. */
  private static String hash(String password) throws GeneralSecurityException {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    var spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
    byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA256:" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
  }
}
