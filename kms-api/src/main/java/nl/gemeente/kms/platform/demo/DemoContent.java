package nl.gemeente.kms.platform.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo knowledge base into an empty database when {@code KMS_DEMO_CONTENT} is true (the
 * embedded default), so a fresh clone shows a working product. It never touches a database that
 * already has users.
 */
@ApplicationScoped
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

  @Inject
  @ConfigProperty(name = "kms.demo.content", defaultValue = "true")
  boolean enabled;

  @Inject DemoSeeder seeder;

  void load(@Observes @Priority(2) @Initialized(ApplicationScoped.class) Object start) {
    if (!enabled) {
      return;
    }
    if (seeder.seedDirectoryIfEmpty()) {
      int articles = seeder.seedArticles();
      LOG.info("Demo content loaded: " + articles + " articles");
    }
  }
}
