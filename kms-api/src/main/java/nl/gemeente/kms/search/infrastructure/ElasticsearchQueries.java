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
 * rewrite) scores as: its words anywhere, titles and short answers above bodies; more when all its
 * words occur; more again as a phrase. Only the best wording counts (dis_max), so a query with many
 * synonym rewrites does not outscore a precise one. Agent text only ever goes into match queries,
 * never into query-string syntax. Public only for the benchmark, which sends this very request
 * straight to Elasticsearch to measure the floor.
 *
 * <p>What keeps it fast at 100,000 articles (ADR 0009, measured in bench/RESULTS.md):
 * <ul>
 *   <li>typos are forgiven in the agent's own words only, one edit from the fourth letter and two from
 *       the twelfth, after an exact first two letters: a two-edit automaton over every term dictionary
 *       cost more than all the rest of the query together; the synonym rewrites are spelled right;
 *   <li>the unfinished last word is matched on the edge n-grams indexed for it, as plain terms inside
 *       the agent's own wording, so the whole query is one dis_max whose scorers can skip documents
 *       that cannot reach the top (a clause beside it, or a prefix query, turns that skipping off);
 *   <li>hits are counted up to {@value #COUNTED_UP_TO}, not all: an agent needs "more than 100", and
 *       counting every match of a common word costs as much as scoring it;
 *   <li>the spelling suggestion is asked for only when nothing matched, in a second small request.
 * </ul>
 */
public final class ElasticsearchQueries {

  /** Hits are counted exactly up to here; beyond it the total is a lower bound. */
  public static final int COUNTED_UP_TO = 100;

  private static final List<String> FIELDS =
      List.of("title^4", "keywords^3", "questions^2.5", "shortAnswer^2", "body");
  private static final List<String> PLAIN_FIELDS =
      List.of("title.plain^2", "keywords.plain^2", "questions.plain", "shortAnswer.plain");
  private static final List<String> PREFIX_FIELDS = List.of("title.prefix", "keywords.prefix");
  private static final List<String> HIT_FIELDS =
      List.of("articleId", "slug", "title", "department", "shortAnswer", "externalId", "versionNumber");
  private static final String TYPO_TOLERANCE = "AUTO:4,12";

  private ElasticsearchQueries() {}

  public static SearchRequest search(String index, SearchQuery q) {
    return SearchRequest.of(s -> {
      s.index(index)
          .from(q.page() * q.size())
          .size(q.size())
          .trackTotalHits(t -> t.count(COUNTED_UP_TO))
          // what a hit shows; the body alone is most of a document, and parsing it cost the API CPU
          .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
          .query(query(q))
          .highlight(h -> h
              .preTags("<em>").postTags("</em>")
              .highlightQuery(typedWords(q.text()))
              .fields(NamedValue.of("shortAnswer", HighlightField.of(f -> f.numberOfFragments(0))))
              .fields(NamedValue.of("body", HighlightField.of(f -> f.numberOfFragments(1).fragmentSize(180)))));
      if (q.facets()) {
        s.aggregations("department", a -> a.terms(t -> t.field("department").size(20)))
            .aggregations("topics", a -> a.terms(t -> t.field("topics").size(20)))
            .aggregations("audience", a -> a.terms(t -> t.field("audience").size(5)));
      }
      return s;
    });
  }

  /**
   * Only the spelling suggestion for the text: asked when the search itself found nothing. Public for
   * the benchmark, whose direct requests make the same two calls the API makes.
   */
  public static SearchRequest didYouMean(String index, String text) {
    return SearchRequest.of(s -> s.index(index).size(0).trackTotalHits(t -> t.enabled(false))
        .suggest(sg -> sg.suggesters("didYouMean", fs -> fs.text(text)
            .term(t -> t.field("title.plain").size(1)))));
  }

  static SearchRequest autocomplete(String index, String prefix, int size) {
    return SearchRequest.of(s -> s.index(index).size(size)
        .source(src -> src.filter(f -> f.includes("articleId", "title", "department")))
        .query(qq -> qq.multiMatch(m -> m.query(prefix).fields("title.prefix^2", "keywords.prefix")
            .operator(Operator.And))));
  }

  private static Query query(SearchQuery q) {
    Query wordings = Query.of(w -> w.disMax(d -> {
      d.queries(typedWording(q.text()));
      q.alternatives().forEach(alternative -> d.queries(synonymWording(alternative)));
      return d;
    }));
    if (q.filters().equals(Filters.NONE)) {
      return wordings;
    }
    return Query.of(root -> root.bool(b -> {
      b.must(wordings);
      filters(b, q.filters());
      return b;
    }));
  }

  /** The agent's own words: typos forgiven, and the last word may be unfinished. */
  private static Query typedWording(String text) {
    return wording(text, 1.0f,
        Query.of(m -> m.multiMatch(mm -> mm.query(text).fields(FIELDS).type(TextQueryType.MostFields)
            .fuzziness(TYPO_TOLERANCE).prefixLength(2).maxExpansions(20).operator(Operator.Or))),
        Query.of(m -> m.multiMatch(mm -> mm.query(text).fields(PREFIX_FIELDS).type(TextQueryType.BestFields)
            .operator(Operator.And).boost(1.5f))));
  }

  /** A synonym rewrite: the same scoring, with no typo tolerance (the rule's words are spelled right). */
  private static Query synonymWording(String text) {
    return wording(text, 0.9f,
        Query.of(m -> m.multiMatch(mm -> mm.query(text).fields(FIELDS).type(TextQueryType.MostFields)
            .operator(Operator.Or))));
  }

  private static Query wording(String text, float boost, Query... anyWords) {
    return Query.of(w -> w.bool(b -> {
      for (Query q : anyWords) {
        b.should(q);
      }
      return b
          .should(s -> s.multiMatch(m -> m.query(text).fields(FIELDS).type(TextQueryType.CrossFields)
              .operator(Operator.And).boost(2f)))
          .should(s -> s.multiMatch(m -> m.query(text).fields(PLAIN_FIELDS).type(TextQueryType.Phrase).slop(2).boost(1.5f)))
          .minimumShouldMatch("1")
          .boost(boost);
    }));
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
