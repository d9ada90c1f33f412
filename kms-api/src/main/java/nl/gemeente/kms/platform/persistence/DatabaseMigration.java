package nl.gemeente.kms.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before the first request. A failure stops the application
 * from starting: running on a half-migrated schema would corrupt what is stored.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/kms")
  DataSource dataSource;

  private volatile String schemaVersion = "unknown";

  void migrate(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object start) {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // Liberty only finds the scripts through the flyway.location marker; fail loudly if not
            .failOnMissingLocations(true)
            .load()
            .migrate();
    schemaVersion = result.targetSchemaVersion == null ? schemaVersion : result.targetSchemaVersion;
    LOG.info(
        () -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted + " applied now)");
  }

  public String schemaVersion() {
    return schemaVersion;
  }
}
