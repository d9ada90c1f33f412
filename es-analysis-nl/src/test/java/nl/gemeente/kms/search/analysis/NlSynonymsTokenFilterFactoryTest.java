package nl.gemeente.kms.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlSynonymsTokenFilterFactoryTest {

    private final NlLowercaseTokenFilterFactory lowercase = new NlLowercaseTokenFilterFactory();
    private final NlAsciiFoldingTokenFilterFactory folding =
            new NlAsciiFoldingTokenFilterFactory(PluginSettings.defaults(NlAsciiFoldingTokenFilterFactory.Settings.class));
    private final NlStopTokenFilterFactory stop = new NlStopTokenFilterFactory(PluginSettings.defaults(NlStopTokenFilterFactory.Settings.class));
    private final NlStemmerTokenFilterFactory stemmer =
            new NlStemmerTokenFilterFactory(PluginSettings.defaults(NlStemmerTokenFilterFactory.Settings.class));

    private static NlSynonymsTokenFilterFactory synonyms(Map<String, ?> settings) {
        return new NlSynonymsTokenFilterFactory(PluginSettings.of(NlSynonymsTokenFilterFactory.Settings.class, settings));
    }

    private List<String> analyze(NlSynonymsTokenFilterFactory synonyms, String text) {
        return Tokens.terms(text, lowercase::create, folding::create, synonyms::create);
    }

    @Test
    void multiWordSynonymExpandsBothWays() {
        var syn = synonyms(Map.of("synonyms", List.of("ID-kaart, identiteitskaart", "paspoort, reisdocument")));

        List<Tokens.Token> fromIdKaart = Tokens.detailed("ID-kaart kwijt", lowercase::create, folding::create, syn::create);
        assertThat(fromIdKaart).extracting(Tokens.Token::term).containsExactlyInAnyOrder("identiteitskaart", "id", "kaart", "kwijt");
        Tokens.Token identiteitskaart = fromIdKaart.stream().filter(t -> t.term().equals("identiteitskaart")).findFirst().orElseThrow();
        assertThat(identiteitskaart.position()).isZero();
        assertThat(identiteitskaart.positionLength()).isEqualTo(2); // spans "id kaart"

        assertThat(analyze(syn, "Identiteitskaart")).containsExactlyInAnyOrder("identiteitskaart", "id", "kaart");
        assertThat(analyze(syn, "reisdocument")).containsExactlyInAnyOrder("reisdocument", "paspoort");
        assertThat(analyze(syn, "rijbewijs")).containsExactly("rijbewijs");
    }

    @Test
    void rulesAreLowercasedAndFoldedLikeTheChain() {
        var syn = synonyms(Map.of("synonyms", List.of("Café, horecagelegenheid")));
        assertThat(analyze(syn, "CAFÉ")).containsExactlyInAnyOrder("cafe", "horecagelegenheid");
    }

    @Test
    void synonymsBeforeStopAndStemmer() {
        var syn = synonyms(Map.of("synonyms", List.of("paspoort, reisdocument")));
        List<String> terms = Tokens.terms("het paspoort aanvragen", lowercase::create, folding::create, syn::create,
                stop::create, stemmer::create);
        assertThat(terms).containsExactlyInAnyOrder("reisdocument", "paspoort", "aanvrag");
    }

    @Test
    void explicitMappingAndNoExpand() {
        var mapping = synonyms(Map.of("synonyms", List.of("gba => brp")));
        assertThat(analyze(mapping, "gba")).containsExactly("brp");

        var noExpand = synonyms(Map.of("synonyms", List.of("bsn, burgerservicenummer, sofinummer"), "expand", false));
        assertThat(analyze(noExpand, "sofinummer")).containsExactly("bsn");
    }

    @Test
    void noRulesIsAPassThrough() {
        var none = synonyms(Map.of());
        assertThat(analyze(none, "paspoort")).containsExactly("paspoort");
        assertThat(none.getAnalysisMode()).isEqualTo(AnalysisMode.ALL);
    }

    @Test
    void rulesFromAnAbsoluteFileCombineWithInlineRules(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synoniemen.txt");
        Files.writeString(file, "# KMS synoniemen\n\nbsn, burgerservicenummer\nverhuizing, adreswijziging\n");
        var syn = synonyms(Map.of("synonyms_path", file.toString(), "synonyms", List.of("id, identiteitskaart")));
        assertThat(analyze(syn, "BSN")).containsExactlyInAnyOrder("bsn", "burgerservicenummer");
        assertThat(analyze(syn, "adreswijziging")).containsExactlyInAnyOrder("adreswijziging", "verhuizing");
        assertThat(analyze(syn, "id")).containsExactlyInAnyOrder("id", "identiteitskaart");
    }

    @Test
    void relativePathResolvesAgainstTheElasticsearchConfigDir(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("config/analysis"));
        Files.writeString(home.resolve("config/analysis/kms.txt"), "wmo, maatschappelijke ondersteuning\n");
        String previousHome = System.getProperty("es.path.home");
        String previousConf = System.getProperty("es.path.conf");
        try {
            System.clearProperty("es.path.conf");
            System.setProperty("es.path.home", home.toString());
            assertThat(NlSynonymsTokenFilterFactory.resolve("analysis/kms.txt")).isEqualTo(home.resolve("config/analysis/kms.txt"));
            var syn = synonyms(Map.of("synonyms_path", "analysis/kms.txt"));
            assertThat(analyze(syn, "WMO")).contains("wmo", "maatschappelijke", "ondersteuning");

            System.setProperty("es.path.conf", home.resolve("config").toString());
            assertThat(NlSynonymsTokenFilterFactory.resolve("analysis/kms.txt")).isEqualTo(home.resolve("config/analysis/kms.txt"));
        } finally {
            restore("es.path.home", previousHome);
            restore("es.path.conf", previousConf);
        }
    }

    @Test
    void missingFileFailsClearly(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> synonyms(Map.of("synonyms_path", missing.toString())))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("synonyms_path").hasMessageContaining(missing.toString());
    }

    @Test
    void invalidRuleFailsUnlessLenient() {
        Map<String, Object> settings = new HashMap<>(Map.of("synonyms", List.of("paspoort, reisdocument", "de => ")));
        assertThatIllegalArgumentException().isThrownBy(() -> synonyms(settings))
                .withMessageContaining("nl_synonyms: invalid rule [de => ] at synonyms[1]");

        settings.put("lenient", true);
        var lenient = synonyms(settings);
        assertThat(analyze(lenient, "paspoort")).containsExactlyInAnyOrder("paspoort", "reisdocument");
    }

    @Test
    void updateableMakesItSearchTimeOnly() {
        var syn = synonyms(Map.of("synonyms", List.of("a, b"), "updateable", true));
        assertThat(syn.getAnalysisMode()).isEqualTo(AnalysisMode.SEARCH_TIME);
    }

    @Test
    void flattenProducesAnIndexableStream() {
        var syn = synonyms(Map.of("synonyms", List.of("id-kaart, identiteitskaart"), "flatten", true));
        TokenStream[] holder = new TokenStream[1];
        List<String> terms = Tokens.terms("id-kaart", lowercase::create, in -> holder[0] = syn.create(in));
        assertThat(holder[0]).isInstanceOf(org.apache.lucene.analysis.core.FlattenGraphFilter.class);
        assertThat(terms).containsExactlyInAnyOrder("identiteitskaart", "id", "kaart");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
