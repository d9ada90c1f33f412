package nl.gemeente.kms.search.infrastructure;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import java.util.List;
import nl.gemeente.kms.search.application.ArticleSearchIndex.Filters;
import nl.gemeente.kms.search.application.ArticleSearchIndex.SearchQuery;
import nl.gemeente.kms.search.application.SearchDocument;

/**
 * The shape of an agent's query. Each wording of the question (the agent's own, and each synonym
 * rewrite) scores as: its words anywhere, typos forgiven (fuzziness from the second letter on, few
 * expansions), titles and short answers above bodies; more when all its words occur; more again
 * as a phrase. Only the best wording counts (dis_max), so a query with many synonym rewrites does
 * not outscore a precise one. The last word may be unfinished (prefix fields). Highlighting looks
 * for the typed words only, which keeps fuzzy expansions out of the (costly) highlighter. Agent
 * text only ever goes into match queries, never into query-string syntax. Public only for the
 * benchmark, which sends this very request straight to Elasticsearch to measure the floor.
 */
public final class ElasticsearchQueries {

  private static final List<String> FIELDS =
      List.of("title^4", "keywords^3", "questions^2.5", "shortAnswer^2", "body");
  private static final List<String> PLAIN_FIELDS =
      List.of("title.plain^2", "keywords.plain^2", "questions.plain", "shortAnswer.plain");

  private ElasticsearchQueries() {}

  public static SearchRequest search(String index, SearchQuery q) {
    return SearchRequest.of(s -> {
      s.index(index)
          .from(q.page() * q.size())
          .size(q.size())
          .trackTotalHits(t -> t.enabled(true))
          .query(query(q))
          .highlight(h -> h
              .preTags("<em>").postTags("</em>")
              .highlightQuery(typedWords(q.text()))
              .fields(NamedValue.of("shortAnswer", HighlightField.of(f -> f.numberOfFragments(0))))
              .fields(NamedValue.of("body", HighlightField.of(f -> f.numberOfFragments(1).fragmentSize(180)))))
          .suggest(sg -> sg.suggesters("didYouMean", fs -> fs.text(q.text())
              .term(t -> t.field("title.plain").size(1))));
      if (q.facets()) {
        s.aggregations("department", a -> a.terms(t -> t.field("department").size(20)))
            .aggregations("topics", a -> a.terms(t -> t.field("topics").size(20)))
            .aggregations("audience", a -> a.terms(t -> t.field("audience").size(5)));
      }
      return s;
    });
  }

  static SearchRequest autocomplete(String index, String prefix, int size) {
    return SearchRequest.of(s -> s.index(index).size(size)
        .source(src -> src.filter(f -> f.includes("articleId", "title", "department")))
        .query(qq -> qq.multiMatch(m -> m.query(prefix).fields("title.prefix^2", "keywords.prefix")
            .operator(Operator.And))));
  }

  private static Query query(SearchQuery q) {
    return Query.of(root -> root.bool(b -> {
      b.should(s -> s.disMax(d -> {
        d.queries(wording(q.text(), 1.0f));
        q.alternatives().forEach(alternative -> d.queries(wording(alternative, 0.9f)));
        return d;
      }));
      b.should(s -> s.multiMatch(m -> m.query(q.text()).fields("title.prefix", "keywords.prefix")
          .type(TextQueryType.BoolPrefix).operator(Operator.And).boost(1.5f)));
      b.minimumShouldMatch("1");
      filters(b, q.filters());
      return b;
    }));
  }

  private static Query wording(String text, float boost) {
    return Query.of(w -> w.bool(b -> b
        .should(s -> s.multiMatch(m -> m.query(text).fields(FIELDS).type(TextQueryType.MostFields)
            .fuzziness("AUTO").prefixLength(1).maxExpansions(20).operator(Operator.Or)))
        .should(s -> s.multiMatch(m -> m.query(text).fields(FIELDS).type(TextQueryType.CrossFields)
            .operator(Operator.And).boost(2f)))
        .should(s -> s.multiMatch(m -> m.query(text).fields(PLAIN_FIELDS).type(TextQueryType.Phrase).slop(2).boost(1.5f)))
        .minimumShouldMatch("1")
        .boost(boost)));
  }

  private static Query typedWords(String text) {
    return Query.of(h -> h.multiMatch(m -> m.query(text).fields("shortAnswer", "body")));
  }

  private static void filters(BoolQuery.Builder b, Filters f) {
    if (f.department() != null) {
      b.filter(x -> x.term(t -> t.field("department").value(f.department())));
    }
    if (f.topic() != null) {
      b.filter(x -> x.term(t -> t.field("topics").value(f.topic())));
    }
    if (f.audience() != null) {
      b.filter(x -> x.term(t -> t.field("audience").value(f.audience())));
    }
  }

  /** The query with each misspelled word replaced by the closest indexed title word, or null. */
  static String didYouMean(SearchResponse<SearchDocument> response) {
    var entries = response.suggest().get("didYouMean");
    if (entries == null || entries.isEmpty()) {
      return null;
    }
    StringBuilder corrected = new StringBuilder();
    boolean changed = false;
    for (var entry : entries) {
      var term = entry.term();
      String replacement = term.options().isEmpty() ? term.text() : term.options().get(0).text();
      changed |= !replacement.equals(term.text());
      corrected.append(corrected.isEmpty() ? "" : " ").append(replacement);
    }
    return changed ? corrected.toString() : null;
  }
}
