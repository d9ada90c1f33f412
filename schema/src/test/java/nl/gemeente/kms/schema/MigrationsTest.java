package nl.gemeente.kms.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations apply cleanly on H2 in the mode the embedded default uses (PostgreSQL: CI's IT run). */
class MigrationsTest {

  @Test
  void migrationsCreateTheArticleTablesOnH2() throws Exception {
    String url = "jdbc:h2:mem:migrations;MODE=LEGACY;DB_CLOSE_DELAY=-1";
    MigrateResult result =
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

    assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.getMetaData().getColumns(null, null, "ARTICLE_VERSION", "QUESTION_ANSWERS")) {
      assertThat(rs.next()).as("article_version.question_answers exists").isTrue();
    }
  }

  @Test
  void notificationTablesAndTheWriterRowExistOnH2() throws Exception {
    String url = "jdbc:h2:mem:notifications;MODE=LEGACY;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet writer = c.createStatement().executeQuery("SELECT COUNT(*) FROM notification_writer")) {
      writer.next();
      // the writers' lock row must exist, or the first notification would have nothing to lock
      assertThat(writer.getInt(1)).isEqualTo(1);
      for (String table : new String[] {"NOTIFICATION", "SUBSCRIPTION", "DIGEST_DELIVERY", "DIGEST_RUN"}) {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
          assertThat(rs.next()).as(table).isTrue();
        }
      }
      try (ResultSet rs = c.getMetaData().getColumns(null, null, "APP_USER", "EMAIL")) {
        assertThat(rs.next()).as("app_user.email").isTrue();
      }
    }
  }
}
