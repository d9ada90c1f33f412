package nl.gemeente.kms.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.gemeente.kms.search.application.ArticleSearchIndex;
import nl.gemeente.kms.search.application.SearchDocument;
import nl.gemeente.kms.search.application.SearchUnavailable;

/**
 * The article index in Elasticsearch: a versioned index ({@code kms-articles-v1}) behind the alias
 * {@code kms-articles}, with the settings and mappings kept in the schema module.
 */
@ApplicationScoped
public class ElasticsearchArticleIndex implements ArticleSearchIndex {

  static final String ALIAS = "kms-articles";
  static final String FIRST_INDEX = ALIAS + "-v1";
  private static final String DEFINITION = "/elasticsearch/articles-index.json";

  @Inject SearchCluster cluster;

  private volatile boolean indexReady;

  @Override
  public boolean isAvailable() {
    return indexReady && cluster.client().isPresent();
  }

  /** Creates the first versioned index and its alias when neither exists yet. */
  public void ensureIndex() throws IOException {
    ElasticsearchClient es = cluster.client().orElseThrow(() -> new SearchUnavailable("not connected"));
    if (!es.indices().existsAlias(a -> a.name(ALIAS)).value()) {
      try (InputStream definition = getClass().getResourceAsStream(DEFINITION)) {
        es.indices().create(c -> c.index(FIRST_INDEX).withJson(definition).aliases(ALIAS, a -> a));
      }
    }
    indexReady = true;
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
  public int putAll(Collection<SearchDocument> documents) {
    if (documents.isEmpty()) {
      return 0;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (SearchDocument d : documents) {
      bulk.operations(op -> op.index(i -> i.index(ALIAS).id(Long.toString(d.articleId())).document(d)));
    }
    var response = call(() -> es().bulk(bulk.build()));
    if (response.errors()) {
      throw new SearchUnavailable("bulk indexing reported errors");
    }
    return documents.size();
  }

  @Override
  public SearchResults search(SearchQuery query) {
    SearchResponse<SearchDocument> response =
        call(
            () ->
                es().search(
                        s ->
                            s.index(ALIAS)
                                .from(query.page() * query.size())
                                .size(query.size())
                                .query(q -> q.bool(b -> {
                                  b.must(m -> m.multiMatch(mm -> mm
                                      .query(query.text())
                                      .fields("title^3", "shortAnswer^2", "keywords^2", "questions^2", "body")
                                      .type(TextQueryType.BestFields)
                                      .fuzziness("AUTO")
                                      .prefixLength(1)
                                      .operator(Operator.Or)));
                                  if (query.department() != null) {
                                    b.filter(f -> f.term(t -> t.field("department").value(query.department())));
                                  }
                                  return b;
                                }))
                                .highlight(h -> h
                                    .fields(NamedValue.of("body", HighlightField.of(f -> f.numberOfFragments(1).fragmentSize(160))))
                                    .fields(NamedValue.of("shortAnswer", HighlightField.of(f -> f.numberOfFragments(0))))),
                        SearchDocument.class));
    List<Hit> hits = new ArrayList<>();
    for (var hit : response.hits().hits()) {
      SearchDocument d = hit.source();
      List<String> highlights = new ArrayList<>();
      hit.highlight().values().forEach(highlights::addAll);
      hits.add(new Hit(d.articleId(), d.slug(), d.title(), d.department(), d.shortAnswer(), d.externalId(), highlights,
          hit.score() == null ? 0 : hit.score()));
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new SearchResults(total, hits, response.took());
  }

  private ElasticsearchClient es() {
    if (!indexReady && cluster.client().isPresent()) {
      // writing before the index exists would let Elasticsearch invent one with guessed mappings
      throw new SearchUnavailable("the search index is still being prepared");
    }
    return cluster.client().orElseThrow(() -> new SearchUnavailable(cluster.problem().orElse("not connected")));
  }

  private interface EsCall<T> {
    T run() throws IOException;
  }

  private static <T> T call(EsCall<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw new SearchUnavailable(e.getMessage());
    } catch (ElasticsearchException e) {
      throw new SearchUnavailable(e.getMessage());
    }
  }

}
