package nl.gemeente.kms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.search.infrastructure.ElasticsearchIndexAdmin;
import nl.gemeente.kms.search.infrastructure.SearchCluster.SearchClusterReady;

/**
 * Prepares the index when the cluster connects: creates it when there is none and fills it with
 * every live article, so a fresh sidecar or a new cluster is complete at once. Day-to-day changes
 * go through the {@link SearchOutbox}.
 */
@ApplicationScoped
public class SearchIndexSync {

  private static final Logger LOG = Logger.getLogger(SearchIndexSync.class.getName());

  @Inject ElasticsearchIndexAdmin admin;
  @Inject LiveDocuments live;

  void onReady(@Observes SearchClusterReady ready) {
    prepare();
  }

  /**
   * True when the index is ready. A cluster can go away right after saying it is ready; then the
   * outbox worker calls this again a little later. Synchronized because the ready event and the
   * worker can both arrive here at start-up: two creators would put two indices behind the alias,
   * and every write to it would then fail.
   */
  public synchronized boolean prepare() {
    try {
      if (admin.ensureIndex()) {
        long count = 0;
        long after = 0;
        for (var page = live.page(after, 500); !page.isEmpty(); page = live.page(after, 500)) {
          admin.bulk("kms-articles", page);
          count += page.size();
          after = page.get(page.size() - 1).articleId();
        }
        LOG.info("New search index filled with " + count + " live articles");
      }
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Preparing the search index failed, will retry: " + e.getMessage());
      return false;
    }
  }
}
