package nl.gemeente.kms.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * {@code nl_asciifolding}: folds accents and ligatures to ASCII (café &rarr; cafe, ruïne &rarr; ruine, Ærø &rarr; aero
 * after lowercasing). Setting {@code preserve_original} (default false) also emits the unfolded token.
 */
@NamedComponent(NlAsciiFoldingTokenFilterFactory.NAME)
public class NlAsciiFoldingTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "nl_asciifolding";

    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final boolean preserveOriginal;

    @Inject
    public NlAsciiFoldingTokenFilterFactory(Settings settings) {
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream in) {
        return new ASCIIFoldingFilter(in, preserveOriginal);
    }

    @Override
    public TokenStream normalize(TokenStream in) {
        return new ASCIIFoldingFilter(in, false);
    }
}
