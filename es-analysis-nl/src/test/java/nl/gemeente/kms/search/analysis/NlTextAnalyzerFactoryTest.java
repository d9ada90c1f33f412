package nl.gemeente.kms.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NlTextAnalyzerFactoryTest {

    private final Analyzer analyzer = new NlTextAnalyzerFactory().create();

    @Test
    void analyzesDutchText() {
        assertThat(Tokens.terms(analyzer, "De paspoorten van het café")).containsExactly("paspoort", "caf");
        assertThat(Tokens.terms(analyzer, "Paspoort cafe CAFÉ")).containsExactly("paspoort", "caf", "caf");
        assertThat(Tokens.terms(analyzer, "Hoe vraag ik een uittreksel uit de BRP aan?"))
                .containsExactly("vrag", "uittreksel", "brp");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "De gemeente heeft de aanvragen voor rijbewijzen en ID-kaarten verwerkt.",
        "Verhuizing doorgeven aan de gemeente; ruïne, coöperatie, één!",
        "",
    })
    void equalsTheCustomChainOfTheFilterFactories(String text) {
        var lowercase = new NlLowercaseTokenFilterFactory();
        var folding = new NlAsciiFoldingTokenFilterFactory(PluginSettings.defaults(NlAsciiFoldingTokenFilterFactory.Settings.class));
        var stop = new NlStopTokenFilterFactory(PluginSettings.defaults(NlStopTokenFilterFactory.Settings.class));
        var stemmer = new NlStemmerTokenFilterFactory(PluginSettings.defaults(NlStemmerTokenFilterFactory.Settings.class));
        UnaryOperator<TokenStream> lc = lowercase::create;
        assertThat(Tokens.collect(analyzer.tokenStream("f", text)))
                .isEqualTo(Tokens.detailed(text, lc, folding::create, stop::create, stemmer::create));
    }

    @Test
    void normalizesMultiTermQueries() {
        assertThat(analyzer.normalize("f", "Café*")).isEqualTo(new BytesRef("cafe*"));
    }
}
