package nl.gemeente.kms.search.infrastructure;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.search.application.ArticleSearchIndex;
import nl.gemeente.kms.search.application.SearchDocument;
import nl.gemeente.kms.search.application.SearchUnavailable;

/**
 * The article index in Elasticsearch, always addressed through the alias {@code kms-articles} so a
 * reindex can swap the versioned index behind it without downtime.
 */
@ApplicationScoped
public class ElasticsearchArticleIndex implements ArticleSearchIndex {

  static final String ALIAS = "kms-articles";

  @Inject SearchCluster cluster;
  @Inject ElasticsearchIndexAdmin admin;

  @Override
  public boolean isAvailable() {
    return admin.isReady() && cluster.client().isPresent();
  }

  @Override
  public void put(SearchDocument document) {
    call(() -> es().index(i -> i.index(ALIAS).id(Long.toString(document.articleId())).document(document)));
  }

  @Override
  public void remove(long articleId) {
    call(() -> es().delete(d -> d.index(ALIAS).id(Long.toString(articleId))));
  }

  @Override
  public void apply(Collection<SearchDocument> documents, Collection<Long> removedArticleIds) {
    if (documents.isEmpty() && removedArticleIds.isEmpty()) {
      return;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    documents.forEach(d -> bulk.operations(op -> op.index(i -> i.index(ALIAS).id(Long.toString(d.articleId())).document(d))));
    removedArticleIds.forEach(id -> bulk.operations(op -> op.delete(x -> x.index(ALIAS).id(Long.toString(id)))));
    // a delete of a document that was never indexed answers not_found without an error: that is fine
    var failed = call(() -> es().bulk(bulk.build())).items().stream().filter(item -> item.error() != null).findFirst();
    if (failed.isPresent()) {
      throw new SearchUnavailable("indexing article " + failed.get().id() + " failed: " + failed.get().error().reason());
    }
  }

  @Override
  public SearchResults search(SearchQuery query) {
    SearchResponse<SearchDocument> response =
        call(() -> es().search(ElasticsearchQueries.search(ALIAS, query), SearchDocument.class));
    List<Hit> hits = new ArrayList<>();
    for (var hit : response.hits().hits()) {
      SearchDocument d = hit.source();
      List<String> highlights = new ArrayList<>();
      hit.highlight().values().forEach(highlights::addAll);
      hits.add(new Hit(d.articleId(), d.slug(), d.title(), d.department(), d.shortAnswer(), d.externalId(),
          d.versionNumber(), highlights, hit.score() == null ? 0 : hit.score()));
    }
    var total = response.hits().total();
    long count = total == null ? hits.size() : total.value();
    boolean atLeast = total != null && total.relation() == TotalHitsRelation.Gte;
    String didYouMean = count == 0
        ? ElasticsearchQueries.didYouMean(call(() -> es().search(ElasticsearchQueries.didYouMean(ALIAS, query.text()), SearchDocument.class)))
        : null;
    return new SearchResults(count, atLeast, hits, facets(response), didYouMean, response.took());
  }

  @Override
  public List<Suggestion> autocomplete(String prefix, int size) {
    var response = call(() -> es().search(ElasticsearchQueries.autocomplete(ALIAS, prefix, size), SearchDocument.class));
    return response.hits().hits().stream()
        .map(h -> new Suggestion(h.source().articleId(), h.source().title(), h.source().department()))
        .toList();
  }

  private static Map<String, Map<String, Long>> facets(SearchResponse<SearchDocument> response) {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    response.aggregations().forEach((name, agg) -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      agg.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
      facets.put(name, counts);
    });
    return facets;
  }

  private ElasticsearchClient es() {
    if (!admin.isReady()) {
      // writing before the index exists would let Elasticsearch invent one with guessed mappings
      throw new SearchUnavailable("the search index is still being prepared");
    }
    return cluster.client().orElseThrow(() -> new SearchUnavailable(cluster.problem().orElse("not connected")));
  }

  interface EsCall<T> {
    T run() throws IOException;
  }

  static <T> T call(EsCall<T> call) {
    try {
      return call.run();
    } catch (IOException | ElasticsearchException e) {
      throw new SearchUnavailable(e.getMessage());
    } catch (RuntimeException e) {
      // the client wraps connection failures in runtime exceptions of its own
      throw new SearchUnavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
