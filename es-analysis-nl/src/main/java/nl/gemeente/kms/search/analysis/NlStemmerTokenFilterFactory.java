package nl.gemeente.kms.search.analysis;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code nl_stemmer}: the Snowball Dutch stemmer ({@code org.tartarus.snowball.ext.DutchStemmer}, the one Lucene's
 * {@code DutchAnalyzer} uses; paspoorten &rarr; paspoort), preceded like in {@code DutchAnalyzer} by a keyword list
 * and a stem override dictionary. Expects lowercased input.
 * <p>Settings: {@code keywords} (words never stemmed), {@code overrides} ({@code "word=>stem"} rules),
 * {@code default_overrides} (default true: DutchAnalyzer's fiets, bromfiets, ei=>eier, kind=>kinder),
 * {@code devoice} (default true: a stem ending in z or v gets s or f, so rijbewijzen/rijbewijs, huizen/huis and
 * brieven/brief share a stem; see {@link DutchDevoiceFilter}).
 */
@NamedComponent(NlStemmerTokenFilterFactory.NAME)
public class NlStemmerTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "nl_stemmer";

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "keywords")
        List<String> keywords();

        @ListSetting(path = "overrides")
        List<String> overrides();

        @BooleanSetting(path = "default_overrides", defaultValue = true)
        boolean defaultOverrides();

        @BooleanSetting(path = "devoice", defaultValue = true)
        boolean devoice();
    }

    private final CharArraySet keywords;
    private final StemmerOverrideMap overrides;
    private final boolean devoice;

    @Inject
    public NlStemmerTokenFilterFactory(Settings settings) {
        this.keywords = settings.keywords().isEmpty() ? null
                : CharArraySet.unmodifiableSet(new CharArraySet(settings.keywords(), true));
        if (settings.overrides().isEmpty()) {
            this.overrides = settings.defaultOverrides() ? DutchAnalysis.defaultOverrideMap() : null;
        } else {
            // the first rule for a word wins, so the configured ones go before the defaults
            List<String> rules = new ArrayList<>(settings.overrides());
            if (settings.defaultOverrides()) {
                rules.addAll(DutchAnalysis.DEFAULT_STEM_OVERRIDES);
            }
            this.overrides = DutchAnalysis.overrideMap(rules);
        }
        this.devoice = settings.devoice();
    }

    @Override
    public TokenStream create(TokenStream in) {
        return DutchAnalysis.stem(in, keywords, overrides, devoice);
    }
}
