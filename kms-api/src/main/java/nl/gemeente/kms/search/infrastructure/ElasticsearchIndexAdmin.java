package nl.gemeente.kms.search.infrastructure;

import static nl.gemeente.kms.search.infrastructure.ElasticsearchArticleIndex.ALIAS;
import static nl.gemeente.kms.search.infrastructure.ElasticsearchArticleIndex.call;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gemeente.kms.search.application.SearchDocument;
import nl.gemeente.kms.search.application.SearchUnavailable;

/**
 * The lifecycle of the versioned indices behind the alias: create {@code kms-articles-vN} from the
 * definition in the schema module, fill it, and swap the alias to it in one atomic step.
 */
@ApplicationScoped
public class ElasticsearchIndexAdmin {

  private static final String DEFINITION = "/elasticsearch/articles-index.json";

  @Inject SearchCluster cluster;

  private volatile boolean ready;

  boolean isReady() {
    return ready;
  }

  /** Makes sure the alias points at an index; true when a new, empty one had to be created. */
  // synchronized: the start-up sync and the outbox worker both prepare the index; two at once both saw no
  // alias, raced for the same index name, and the loser's retry backoff kept search unavailable for seconds
  public synchronized boolean ensureIndex() {
    boolean exists = call(() -> es().indices().existsAlias(a -> a.name(ALIAS)).value());
    if (!exists) {
      // index and alias in one request: on a slow node a timed-out attempt that did succeed must leave
      // the alias behind, or the retry creates a second index and the alias ends up on both (writes fail)
      create(nextName(), true);
    }
    ready = true;
    return !exists;
  }

  /**
   * Creates the next versioned index (not yet behind the alias) and returns its name. It does not
   * refresh while it is being filled: nobody searches it yet, and each refresh leaves a small
   * segment that merges would have to clean up while agents search.
   */
  public String createNext() {
    String name = nextName();
    create(name, false);
    call(() -> es().indices().putSettings(p -> p.index(name).settings(x -> x.refreshInterval(t -> t.time("-1")))));
    return name;
  }

  /**
   * Makes a freshly filled index ready for agents before the alias moves to it: refreshing again as
   * usual, and merged into one segment. Searched straight after a bulk load, a node spends its CPU on
   * merging dozens of segments while every query visits each of them (query times doubled in the
   * benchmark); merged first, the agents never see that state.
   */
  public void prepareForSearch(String index) {
    call(() -> es().indices().putSettings(p -> p.index(index).settings(x -> x.refreshInterval(t -> t.time("1s")))));
    call(() -> es().indices().refresh(r -> r.index(index)));
    String task = call(() -> es().indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false))).task();
    // polled rather than waited for in one request: a merge can outlast the client's socket timeout
    while (task != null && !call(() -> es().tasks().get(t -> t.taskId(task).waitForCompletion(true)
        .timeout(x -> x.time("10s")))).completed()) {
      // the get itself waited up to 10 s
    }
  }

  private String nextName() {
    Set<String> existing = call(() -> es().indices().get(g -> g.index(ALIAS + "-v*").allowNoIndices(true))).indices().keySet();
    int next = existing.stream().map(n -> n.substring(n.lastIndexOf('v') + 1)).mapToInt(Integer::parseInt).max().orElse(0) + 1;
    return ALIAS + "-v" + next;
  }

  private void create(String name, boolean behindAlias) {
    call(() -> {
      try (InputStream definition = getClass().getResourceAsStream(DEFINITION)) {
        return es().indices().create(c -> {
          c.withJson(definition).index(name);
          return behindAlias ? c.aliases(ALIAS, a -> a) : c;
        });
      }
    });
  }

  public void bulk(String index, Collection<SearchDocument> documents) {
    if (documents.isEmpty()) {
      return;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (SearchDocument d : documents) {
      bulk.operations(op -> op.index(i -> i.index(index).id(Long.toString(d.articleId())).document(d)));
    }
    if (call(() -> es().bulk(bulk.build())).errors()) {
      throw new SearchUnavailable("bulk indexing into " + index + " reported errors");
    }
  }

  /** Points the alias at {@code index} and drops the indices it pointed at before, atomically. */
  public List<String> swapAlias(String index) {
    call(() -> es().indices().refresh(r -> r.index(index)));
    List<String> old = List.copyOf(call(() -> es().indices().getAlias(a -> a.name(ALIAS))).aliases().keySet());
    call(() -> es().indices().updateAliases(u -> {
      old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(ALIAS))));
      return u.actions(a -> a.add(x -> x.index(index).alias(ALIAS)));
    }));
    old.stream().filter(o -> !o.equals(index)).forEach(o -> call(() -> es().indices().delete(d -> d.index(o))));
    return old;
  }

  /** articleId → indexed version number, for the consistency check. */
  public Map<Long, Integer> indexedVersions() throws IOException {
    Map<Long, Integer> versions = new HashMap<>();
    List<co.elastic.clients.elasticsearch._types.FieldValue> after = null;
    while (true) {
      var last = after;
      var page = call(() -> es().search(s -> {
        s.index(ALIAS).size(1000).source(src -> src.filter(f -> f.includes("articleId", "versionNumber")))
            .sort(o -> o.field(f -> f.field("articleId")));
        if (last != null) {
          s.searchAfter(last);
        }
        return s;
      }, SearchDocument.class));
      List<Hit<SearchDocument>> hits = page.hits().hits();
      if (hits.isEmpty()) {
        return versions;
      }
      hits.forEach(h -> versions.put(h.source().articleId(), h.source().versionNumber()));
      after = hits.get(hits.size() - 1).sort();
    }
  }

  private ElasticsearchClient es() {
    return cluster.client().orElseThrow(() -> new SearchUnavailable(cluster.problem().orElse("not connected")));
  }
}
