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

  private static volatile ElasticsearchSidecar node;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String home = System.getProperty("it.es.home");
    if (home == null) {
      return; // not a failsafe run of this module (e.g. an IDE running one plain test)
    }
    node = newNode();
    Duration took = node.start();
    System.out.println("Elasticsearch for the tests is up after " + took.toSeconds() + " s at " + node.url());
  }

  private static ElasticsearchSidecar newNode() {
    return ElasticsearchSidecar.builder()
        .home(Path.of(System.getProperty("it.es.home")))
        .dataDir(Path.of(System.getProperty("it.es.data")))
        .httpPort(Integer.getInteger("it.es.port"))
        .heap("512m")
        .startTimeout(Duration.ofMinutes(3))
        .build();
  }

  /** Takes search down, as an outage would; the data stays on disk. */
  static synchronized void stop() {
    node.close();
  }

  /** Brings the same node back on the same port with the same data. */
  static synchronized void start() {
    node = newNode();
    node.start();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (node != null) {
      node.close();
    }
  }
}
