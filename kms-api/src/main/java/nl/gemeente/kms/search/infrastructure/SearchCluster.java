package nl.gemeente.kms.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.sidecar.ElasticsearchSidecar;
import org.apache.hc.core5.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The connection to Elasticsearch. With {@code KMS_ES_URL} set it is that cluster; otherwise the
 * application starts its own sidecar node from {@code KMS_ES_HOME} in the background, and search
 * reports itself not ready until the node answers. The rest of the KMS works meanwhile.
 */
@ApplicationScoped
public class SearchCluster {

  private static final Logger LOG = Logger.getLogger(SearchCluster.class.getName());

  @Inject
  @ConfigProperty(name = "kms.es.url")
  Optional<String> externalUrl;

  @Inject
  @ConfigProperty(name = "kms.es.home")
  Optional<String> sidecarHome;

  @Inject
  @ConfigProperty(name = "kms.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "kms.es.sidecar.port", defaultValue = "9250")
  int sidecarPort;

  @Inject Event<SearchClusterReady> ready;

  // a managed thread, so observers of SearchClusterReady may use transactions and JNDI
  @Resource ManagedExecutorService executor;

  private volatile ElasticsearchClient client;
  private volatile Rest5Client rest;
  private volatile ElasticsearchSidecar sidecar;
  private volatile String problem = "starting";

  /** Fired once the cluster answers, so the index can be created and caught up. */
  public record SearchClusterReady() {}

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    executor.execute(this::connect);
  }

  private void connect() {
    try {
      String url = externalUrl.filter(u -> !u.isBlank()).orElseGet(this::startSidecar);
      // no gzip: compressing each search response cost the node more CPU than the search itself
      // (7 ms against 5 ms in the benchmark), for responses of a few kilobytes on a local network
      rest = Rest5Client.builder(HttpHost.create(url))
          .setHttpClientConfigCallback(http -> http.disableContentCompression())
          .build();
      client = new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper(JsonMapping.objectMapper())));
      client.cluster().health(h -> h.waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow)
          .timeout(t -> t.time("60s")));
      problem = null;
      LOG.info("Search cluster ready at " + url);
      ready.fire(new SearchClusterReady());
    } catch (Exception e) {
      problem = e.getMessage();
      LOG.log(Level.SEVERE, "Search is unavailable: " + e.getMessage());
    }
  }

  private String startSidecar() {
    Path home = sidecarHome.map(Path::of).orElseThrow(() -> new IllegalStateException(
        "Neither KMS_ES_URL (an Elasticsearch cluster) nor KMS_ES_HOME (a sidecar distribution) is set"));
    sidecar = ElasticsearchSidecar.builder()
        .home(home)
        .dataDir(Path.of(dataDir).toAbsolutePath().resolve("elasticsearch"))
        .httpPort(sidecarPort)
        .heap("512m")
        .startTimeout(Duration.ofMinutes(3))
        .build();
    Duration took = sidecar.start();
    LOG.info("Elasticsearch sidecar started in " + took.toSeconds() + " s");
    return sidecar.url();
  }

  public Optional<ElasticsearchClient> client() {
    return Optional.ofNullable(problem == null ? client : null);
  }

  /** Why search is not available, or empty when it is. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  @PreDestroy
  void stop() {
    try {
      if (rest != null) {
        rest.close();
      }
    } catch (IOException e) {
      LOG.fine("closing the Elasticsearch client: " + e.getMessage());
    }
    if (sidecar != null) {
      sidecar.close();
    }
  }
}
