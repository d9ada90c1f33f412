package nl.gemeente.kms.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * {@code nl_edge_ngram}: token prefixes for search-as-you-type (paspoort &rarr; pa, pas, pasp, ...).
 * Settings: {@code min_gram} (default 2), {@code max_gram} (default 15), {@code preserve_original} (default false:
 * tokens longer than max_gram are then only indexed as prefixes).
 * <p>Index time only ({@link AnalysisMode#INDEX_TIME}): Elasticsearch rejects it in a search analyzer, so a field
 * using it must declare a {@code search_analyzer} without it (otherwise every prefix of the query would match).
 */
@NamedComponent(NlEdgeNGramTokenFilterFactory.NAME)
public class NlEdgeNGramTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "nl_edge_ngram";

    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "min_gram", defaultValue = 2)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 15)
        int maxGram();

        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;

    @Inject
    public NlEdgeNGramTokenFilterFactory(Settings settings) {
        if (settings.minGram() < 1 || settings.maxGram() < settings.minGram()) {
            throw new IllegalArgumentException("nl_edge_ngram: need 1 <= min_gram <= max_gram, got min_gram ["
                    + settings.minGram() + "] and max_gram [" + settings.maxGram() + "]");
        }
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream in) {
        return new EdgeNGramTokenFilter(in, minGram, maxGram, preserveOriginal);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.INDEX_TIME;
    }
}
