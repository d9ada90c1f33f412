package nl.gemeente.kms.it;

import java.nio.file.Path;
import java.time.Duration;
import nl.gemeente.kms.sidecar.ElasticsearchSidecar;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real Elasticsearch node for the whole integration-test run, started before the first test
 * and stopped after the last (and by a shutdown hook if the run is killed), never a mock.
 */
public class SearchNodeForTests implements LauncherSessionListener {

  private ElasticsearchSidecar node;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String home = System.getProperty("it.es.home");
    if (home == null) {
      return; // not a failsafe run of this module (e.g. an IDE running one plain test)
    }
    node =
        ElasticsearchSidecar.builder()
            .home(Path.of(home))
            .dataDir(Path.of(System.getProperty("it.es.data")))
            .httpPort(Integer.getInteger("it.es.port"))
            .heap("512m")
            .startTimeout(Duration.ofMinutes(3))
            .build();
    Duration took = node.start();
    System.out.println("Elasticsearch for the tests is up after " + took.toSeconds() + " s at " + node.url());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (node != null) {
      node.close();
    }
  }
}
