package nl.gemeente.kms.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/** Building blocks shared by the filter factories and the {@code nl_text} analyzer. */
final class DutchAnalysis {

    /** Lucene {@code DutchAnalyzer}'s default stem dictionary: words the Snowball stemmer gets wrong. */
    static final List<String> DEFAULT_STEM_OVERRIDES = List.of(
            "fiets=>fiets",
            "bromfiets=>bromfiets",
            "ei=>eier",
            "kind=>kinder");

    private static final StemmerOverrideMap DEFAULT_OVERRIDE_MAP = overrideMap(DEFAULT_STEM_OVERRIDES);

    private DutchAnalysis() {
    }

    /** Lucene's Snowball Dutch stop word list (de, het, een, van, ...). Unmodifiable, case-insensitive lookups. */
    static CharArraySet defaultStopWords() {
        return DutchAnalyzer.getDefaultStopSet();
    }

    static StemmerOverrideMap defaultOverrideMap() {
        return DEFAULT_OVERRIDE_MAP;
    }

    /**
     * Builds a stem dictionary from rules of the form {@code word=>stem}; returns null when there are no rules.
     *
     * @throws IllegalArgumentException for a rule that is not {@code word=>stem}
     */
    static StemmerOverrideMap overrideMap(List<String> rules) {
        if (rules.isEmpty()) {
            return null;
        }
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String rule : rules) {
            String[] parts = rule.split("=>", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("nl_stemmer: an override must look like 'word=>stem', got [" + rule + "]");
            }
            builder.add(parts[0].trim(), parts[1].trim());
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("nl_stemmer: cannot build the stem overrides", e);
        }
    }

    /**
     * Snowball Dutch stemming as Lucene's {@code DutchAnalyzer} does it: keyword marking (not stemmed), then the
     * override dictionary (marks its tokens as keywords too), then the Snowball Dutch stemmer; optionally followed by
     * {@link DutchDevoiceFilter}.
     */
    static TokenStream stem(TokenStream in, CharArraySet keywords, StemmerOverrideMap overrides, boolean devoice) {
        TokenStream ts = in;
        if (keywords != null && !keywords.isEmpty()) {
            ts = new SetKeywordMarkerFilter(ts, keywords);
        }
        if (overrides != null) {
            ts = new StemmerOverrideFilter(ts, overrides);
        }
        ts = new SnowballFilter(ts, new DutchStemmer());
        return devoice ? new DutchDevoiceFilter(ts) : ts;
    }
}
