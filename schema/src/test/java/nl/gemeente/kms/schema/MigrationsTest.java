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
}
