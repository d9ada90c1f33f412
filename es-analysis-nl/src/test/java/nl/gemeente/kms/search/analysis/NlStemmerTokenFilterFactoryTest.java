package nl.gemeente.kms.search.analysis;

import static nl.gemeente.kms.search.analysis.Tokens.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NlStemmerTokenFilterFactoryTest {

    private final NlLowercaseTokenFilterFactory lowercase = new NlLowercaseTokenFilterFactory();
    private final NlStemmerTokenFilterFactory stemmer =
            new NlStemmerTokenFilterFactory(PluginSettings.defaults(NlStemmerTokenFilterFactory.Settings.class));

    private String stem(String word) {
        List<String> stems = terms(word, lowercase::create, stemmer::create);
        assertThat(stems).hasSize(1);
        return stems.get(0);
    }

    @ParameterizedTest(name = "{0} and {1} share a stem")
    @CsvSource({
        "paspoorten, paspoort",
        "rijbewijzen, rijbewijs",
        "aanvragen, aanvraag",
        "gemeenten, gemeente",
        "uittreksels, uittreksel",
        "verhuizingen, verhuizing",
        "kinderen, kind",
        "fietsen, fiets",
        "eieren, ei",
        "huizen, huis",
        "brieven, brief",
        "reizen, reis",
        "geven, geef",
    })
    void inflectionsShareAStem(String inflected, String base) {
        assertThat(stem(inflected)).isEqualTo(stem(base));
    }

    @Test
    void knownStems() {
        assertThat(terms("paspoorten paspoort Paspoort", lowercase::create, stemmer::create))
                .containsExactly("paspoort", "paspoort", "paspoort");
        // DutchAnalyzer's default overrides
        assertThat(terms("fiets bromfiets kind ei", lowercase::create, stemmer::create))
                .containsExactly("fiets", "bromfiets", "kinder", "eier");
    }

    @Test
    void devoicingCanBeSwitchedOff() {
        assertThat(terms("rijbewijzen rijbewijs brieven", lowercase::create, stemmer::create))
                .containsExactly("rijbewijs", "rijbewijs", "brief");
        var pureSnowball = new NlStemmerTokenFilterFactory(PluginSettings.of(NlStemmerTokenFilterFactory.Settings.class,
                Map.of("devoice", false)));
        assertThat(terms("rijbewijzen rijbewijs brieven", lowercase::create, pureSnowball::create))
                .containsExactly("rijbewijz", "rijbewijs", "briev");
    }

    @Test
    void keywordsAreNotStemmed() {
        var withKeywords = new NlStemmerTokenFilterFactory(PluginSettings.of(NlStemmerTokenFilterFactory.Settings.class,
                Map.of("keywords", List.of("nederland", "DigiD"))));
        assertThat(terms("nederland nederlanden digid", lowercase::create, withKeywords::create))
                .containsExactly("nederland", "nederland", "digid");
        assertThat(stem("nederlanden")).isEqualTo("nederland");
    }

    @Test
    void customOverridesAddToOrReplaceTheDefaults() {
        var custom = new NlStemmerTokenFilterFactory(PluginSettings.of(NlStemmerTokenFilterFactory.Settings.class,
                Map.of("overrides", List.of("gba => brp", "kind=>kind"))));
        assertThat(terms("gba kind fiets", lowercase::create, custom::create)).containsExactly("brp", "kind", "fiets");

        var noDefaults = new NlStemmerTokenFilterFactory(PluginSettings.of(NlStemmerTokenFilterFactory.Settings.class,
                Map.of("default_overrides", false)));
        assertThat(terms("kind", lowercase::create, noDefaults::create)).containsExactly("kind");
    }

    @Test
    void invalidOverrideIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NlStemmerTokenFilterFactory(PluginSettings.of(NlStemmerTokenFilterFactory.Settings.class,
                        Map.of("overrides", List.of("gba brp")))))
                .withMessageContaining("word=>stem");
    }
}
