package nl.gemeente.kms.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The report tables on H2 in the embedded mode; a report must point at a version that exists. */
class ReportTablesTest {

  private static final String URL = "jdbc:h2:mem:reports;MODE=LEGACY;DB_CLOSE_DELAY=-1";

  @Test
  void aReportRefersToAnExistingVersionAndKeepsItsHistory() throws Exception {
    Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
      s.execute("INSERT INTO department (code, name) VALUES ('bz', 'Burgerzaken')");
      s.execute("INSERT INTO article (id, slug, department_code, audience, created_by, created_at)"
          + " VALUES (1, 'paspoort', 'bz', 'PUBLIC', 'bert', CURRENT_TIMESTAMP)");
      s.execute("INSERT INTO article_version (article_id, version_no, state, title, short_answer, body, keywords,"
          + " question_answers, change_level, author, created_at, updated_at)"
          + " VALUES (1, 1, 'PUBLISHED', 'Paspoort', 'Kort', 'Tekst', '[]', '[]', 'MAJOR', 'bert', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      s.execute(report(1));
      s.execute("INSERT INTO report_history (report_id, occurred_at, actor, action, to_state)"
          + " SELECT id, filed_at, reporter, 'FILE', 'OPEN' FROM inconsistency_report");
      assertThatThrownBy(() -> s.execute(report(2))).isInstanceOf(SQLException.class);
      try (var rs = s.executeQuery("SELECT COUNT(*) FROM report_history")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  private static String report(int version) {
    return "INSERT INTO inconsistency_report (article_id, version_no, version_author, department_code, category,"
        + " description, reporter, state, filed_at, updated_at)"
        + " VALUES (1, " + version + ", 'bert', 'bz', 'OUTDATED', 'Tarief', 'anna', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
  }
}
