package nl.gemeente.kms.search.analysis;

import static nl.gemeente.kms.search.analysis.Tokens.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;

class BasicFiltersTest {

    private final NlLowercaseTokenFilterFactory lowercase = new NlLowercaseTokenFilterFactory();
    private final NlAsciiFoldingTokenFilterFactory folding =
            new NlAsciiFoldingTokenFilterFactory(PluginSettings.defaults(NlAsciiFoldingTokenFilterFactory.Settings.class));

    @Test
    void lowercaseLowercasesAndAlsoNormalizes() {
        assertThat(terms("ID-Kaart PASPOORT Gemeente", lowercase::create)).containsExactly("id", "kaart", "paspoort", "gemeente");
        assertThat(terms("ÉÉN", lowercase::normalize)).containsExactly("één");
        assertThat(lowercase.getAnalysisMode()).isEqualTo(AnalysisMode.ALL);
    }

    @Test
    void asciiFoldingRemovesAccents() {
        assertThat(terms("café Café ruïne Ærø coöperatie", lowercase::create, folding::create))
                .containsExactly("cafe", "cafe", "ruine", "aero", "cooperatie");
        assertThat(terms("café", folding::normalize)).containsExactly("cafe");
    }

    @Test
    void asciiFoldingCanPreserveTheOriginal() {
        var preserving = new NlAsciiFoldingTokenFilterFactory(
                PluginSettings.of(NlAsciiFoldingTokenFilterFactory.Settings.class, Map.of("preserve_original", true)));
        assertThat(terms("café", preserving::create)).containsExactly("cafe", "café");
        assertThat(terms("café", preserving::normalize)).containsExactly("cafe");
    }

    @Test
    void stopRemovesDutchStopWordsAndKeepsPositions() {
        var stop = new NlStopTokenFilterFactory(PluginSettings.defaults(NlStopTokenFilterFactory.Settings.class));
        assertThat(Tokens.detailed("De paspoorten van het café", stop::create))
                .extracting(Tokens.Token::term, Tokens.Token::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("paspoorten", 1), org.assertj.core.groups.Tuple.tuple("café", 4));
        // ignore_case defaults to true
        assertThat(terms("HET rijbewijs EN een paspoort", stop::create)).containsExactly("rijbewijs", "paspoort");
    }

    @Test
    void stopWordsCanBeReplacedOrExtended() {
        var extra = new NlStopTokenFilterFactory(PluginSettings.of(NlStopTokenFilterFactory.Settings.class,
                Map.of("extra_stopwords", List.of("graag", "aub"))));
        assertThat(terms("ik wil graag een paspoort aub", extra::create)).containsExactly("paspoort");

        var replaced = new NlStopTokenFilterFactory(PluginSettings.of(NlStopTokenFilterFactory.Settings.class,
                Map.of("stopwords", List.of("graag"))));
        assertThat(terms("ik wil graag een paspoort", replaced::create)).containsExactly("ik", "wil", "een", "paspoort");
    }

    @Test
    void edgeNGramsBuildPrefixes() {
        var ngrams = new NlEdgeNGramTokenFilterFactory(PluginSettings.of(NlEdgeNGramTokenFilterFactory.Settings.class,
                Map.of("min_gram", 2, "max_gram", 5)));
        assertThat(terms("Paspoort id", lowercase::create, ngrams::create))
                .containsExactly("pa", "pas", "pasp", "paspo", "id");
        assertThat(ngrams.getAnalysisMode()).isEqualTo(AnalysisMode.INDEX_TIME);
    }

    @Test
    void edgeNGramDefaultsAndPreserveOriginal() {
        var defaults = new NlEdgeNGramTokenFilterFactory(PluginSettings.defaults(NlEdgeNGramTokenFilterFactory.Settings.class));
        assertThat(terms("café", folding::create, defaults::create)).containsExactly("ca", "caf", "cafe");

        var preserving = new NlEdgeNGramTokenFilterFactory(PluginSettings.of(NlEdgeNGramTokenFilterFactory.Settings.class,
                Map.of("min_gram", 3, "max_gram", 4, "preserve_original", true)));
        assertThat(terms("rijbewijs", preserving::create)).containsExactly("rij", "rijb", "rijbewijs");
    }

    @Test
    void edgeNGramRejectsInvalidSizes() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new NlEdgeNGramTokenFilterFactory(PluginSettings.of(NlEdgeNGramTokenFilterFactory.Settings.class,
                        Map.of("min_gram", 4, "max_gram", 2))))
                .withMessageContaining("min_gram");
    }

    @Test
    void wordDelimiterSplitsOnCaseAndDigits() {
        var delimiter = new NlWordDelimiterTokenFilterFactory(PluginSettings.defaults(NlWordDelimiterTokenFilterFactory.Settings.class));
        assertThat(Tokens.whitespaceTerms("BSN123 WiFi-code", delimiter::create, lowercase::create))
                .containsExactly("bsn", "123", "wi", "fi", "code");
    }

    @Test
    void wordDelimiterOptions() {
        var delimiter = new NlWordDelimiterTokenFilterFactory(PluginSettings.of(NlWordDelimiterTokenFilterFactory.Settings.class,
                Map.of("catenate_all", true, "protected_words", List.of("DigiD"), "flatten", true)));
        List<String> terms = Tokens.whitespaceTerms("DigiD BSN-123", delimiter::create);
        assertThat(terms).contains("DigiD", "BSN", "123", "BSN123").doesNotContain("Digi");
    }

    /** Every filter factory in one chain, as an index analyzer would use them. */
    @Test
    void fullChainWithAllFilters() {
        var stop = new NlStopTokenFilterFactory(PluginSettings.defaults(NlStopTokenFilterFactory.Settings.class));
        var stemmer = new NlStemmerTokenFilterFactory(PluginSettings.defaults(NlStemmerTokenFilterFactory.Settings.class));
        java.util.function.UnaryOperator<TokenStream> lc = lowercase::create;
        assertThat(terms("De Paspoorten van het Café", lc, folding::create, stop::create, stemmer::create))
                .containsExactly("paspoort", "caf");
    }
}
