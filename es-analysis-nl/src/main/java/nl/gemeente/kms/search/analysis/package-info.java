/**
 * Elasticsearch stable-API analysis components for Dutch text in the KMS.
 *
 * <p>Token filters (all names prefixed {@code nl_} so they never clash with Elasticsearch built-ins):
 * <ul>
 *   <li>{@code nl_lowercase}: Lucene {@code LowerCaseFilter}.</li>
 *   <li>{@code nl_asciifolding}: café &rarr; cafe, ruïne &rarr; ruine ({@code preserve_original}).</li>
 *   <li>{@code nl_stop}: Dutch Snowball stop words ({@code stopwords}, {@code extra_stopwords}, {@code ignore_case}).</li>
 *   <li>{@code nl_stemmer}: Snowball Dutch with Lucene {@code DutchAnalyzer}'s stem overrides
 *       ({@code keywords}, {@code overrides}, {@code default_overrides}).</li>
 *   <li>{@code nl_synonyms}: Solr-format synonyms from {@code synonyms} (inline) and/or {@code synonyms_path}
 *       (relative to the Elasticsearch config dir, under {@code analysis/}); {@code updateable: true} makes it
 *       search-time only and reloadable with {@code POST <index>/_reload_search_analyzers}.</li>
 *   <li>{@code nl_edge_ngram}: prefixes for search-as-you-type ({@code min_gram}, {@code max_gram}); index time only.</li>
 *   <li>{@code nl_word_delimiter}: Lucene {@code WordDelimiterGraphFilter} (BSN123 &rarr; BSN 123).</li>
 * </ul>
 * Analyzer {@code nl_text}: standard tokenizer + nl_lowercase + nl_asciifolding + nl_stop + nl_stemmer.
 *
 * <p>Limits of the stable plugin API: settings are int/long/boolean/String/List&lt;String&gt; only, no access to the
 * config dir or to the preceding filters of a chain, and stable filters cannot be used in custom normalizers.
 */
package nl.gemeente.kms.search.analysis;
