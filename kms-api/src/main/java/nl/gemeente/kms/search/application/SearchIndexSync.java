package nl.gemeente.kms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.search.infrastructure.ElasticsearchArticleIndex;
import nl.gemeente.kms.search.infrastructure.SearchCluster.SearchClusterReady;

/**
 * Keeps the index in step with the database: after each committed publication or withdrawal, and
 * in full whenever the cluster (re)connects, so a publication made while search was down is found
 * once it is back.
 */
@ApplicationScoped
public class SearchIndexSync {

  private static final Logger LOG = Logger.getLogger(SearchIndexSync.class.getName());

  @Inject ElasticsearchArticleIndex index;
  @Inject ArticleRepository articles;

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
    try {
      if (change.document() == null) {
        index.remove(change.articleId());
      } else {
        index.put(change.document());
      }
    } catch (SearchUnavailable e) {
      LOG.log(Level.WARNING, "Index update for article " + change.articleId() + " postponed: " + e.getMessage());
    }
  }

  void onReady(@Observes SearchClusterReady ready) {
    try {
      index.ensureIndex();
      int count = index.putAll(livedocuments());
      LOG.info("Search index caught up: " + count + " live articles");
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Search index catch-up failed: " + e.getMessage(), e);
    }
  }

  private List<SearchDocument> livedocuments() {
    return articles.allPublished().stream().map(SearchDocument::of).toList();
  }
}
