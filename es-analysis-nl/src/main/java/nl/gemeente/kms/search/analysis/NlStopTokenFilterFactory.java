package nl.gemeente.kms.search.analysis;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code nl_stop}: removes Dutch stop words (Lucene's Snowball list: de, het, een, van, ...); positions are kept.
 * Settings: {@code stopwords} (replaces the default list), {@code extra_stopwords} (added to it),
 * {@code ignore_case} (default true).
 */
@NamedComponent(NlStopTokenFilterFactory.NAME)
public class NlStopTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "nl_stop";

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "stopwords")
        List<String> stopwords();

        @ListSetting(path = "extra_stopwords")
        List<String> extraStopwords();

        @BooleanSetting(path = "ignore_case", defaultValue = true)
        boolean ignoreCase();
    }

    private final CharArraySet stopWords;

    @Inject
    public NlStopTokenFilterFactory(Settings settings) {
        CharArraySet set = new CharArraySet(128, settings.ignoreCase());
        set.addAll(settings.stopwords().isEmpty() ? DutchAnalysis.defaultStopWords() : settings.stopwords());
        set.addAll(settings.extraStopwords());
        this.stopWords = CharArraySet.unmodifiableSet(set);
    }

    @Override
    public TokenStream create(TokenStream in) {
        return new StopFilter(in, stopWords);
    }
}
