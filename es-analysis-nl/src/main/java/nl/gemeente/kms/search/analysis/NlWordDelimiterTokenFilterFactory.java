package nl.gemeente.kms.search.analysis;

import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_ALL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_NUMBERS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_WORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code nl_word_delimiter}: Lucene {@code WordDelimiterGraphFilter} (like Elasticsearch's
 * {@code word_delimiter_graph}, without the English possessive rule): splits tokens on intra-word delimiters, case
 * changes and letter/digit transitions (BSN123 &rarr; BSN 123, WiFi &rarr; Wi Fi). Put it before lowercasing.
 * <p>Settings (defaults as in Elasticsearch): {@code generate_word_parts} (true), {@code generate_number_parts} (true),
 * {@code catenate_words} (false), {@code catenate_numbers} (false), {@code catenate_all} (false),
 * {@code split_on_case_change} (true), {@code split_on_numerics} (true), {@code preserve_original} (false),
 * {@code protected_words} (list, never split), {@code flatten} (false; set true when used in an index analyzer, since
 * Lucene cannot index a token graph).
 */
@NamedComponent(NlWordDelimiterTokenFilterFactory.NAME)
public class NlWordDelimiterTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "nl_word_delimiter";

    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "generate_word_parts", defaultValue = true)
        boolean generateWordParts();

        @BooleanSetting(path = "generate_number_parts", defaultValue = true)
        boolean generateNumberParts();

        @BooleanSetting(path = "catenate_words", defaultValue = false)
        boolean catenateWords();

        @BooleanSetting(path = "catenate_numbers", defaultValue = false)
        boolean catenateNumbers();

        @BooleanSetting(path = "catenate_all", defaultValue = false)
        boolean catenateAll();

        @BooleanSetting(path = "split_on_case_change", defaultValue = true)
        boolean splitOnCaseChange();

        @BooleanSetting(path = "split_on_numerics", defaultValue = true)
        boolean splitOnNumerics();

        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();

        @ListSetting(path = "protected_words")
        List<String> protectedWords();

        @BooleanSetting(path = "flatten", defaultValue = false)
        boolean flatten();
    }

    private final int flags;
    private final CharArraySet protectedWords;
    private final boolean flatten;

    @Inject
    public NlWordDelimiterTokenFilterFactory(Settings settings) {
        int f = 0;
        f |= settings.generateWordParts() ? GENERATE_WORD_PARTS : 0;
        f |= settings.generateNumberParts() ? GENERATE_NUMBER_PARTS : 0;
        f |= settings.catenateWords() ? CATENATE_WORDS : 0;
        f |= settings.catenateNumbers() ? CATENATE_NUMBERS : 0;
        f |= settings.catenateAll() ? CATENATE_ALL : 0;
        f |= settings.splitOnCaseChange() ? SPLIT_ON_CASE_CHANGE : 0;
        f |= settings.splitOnNumerics() ? SPLIT_ON_NUMERICS : 0;
        f |= settings.preserveOriginal() ? PRESERVE_ORIGINAL : 0;
        this.flags = f;
        this.protectedWords = settings.protectedWords().isEmpty() ? null
                : CharArraySet.unmodifiableSet(new CharArraySet(settings.protectedWords(), false));
        this.flatten = settings.flatten();
    }

    @Override
    public TokenStream create(TokenStream in) {
        TokenStream ts = new WordDelimiterGraphFilter(in, flags, protectedWords);
        return flatten ? new FlattenGraphFilter(ts) : ts;
    }
}
