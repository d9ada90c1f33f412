package nl.gemeente.kms.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Checks the generated plugin metadata in target/plugin-metadata (written before the test phase). */
class PluginPackagingTest {

    private static final Path METADATA = Path.of("target", "plugin-metadata");

    @Test
    void namedComponentsListsEveryComponent() throws Exception {
        String json = Files.readString(METADATA.resolve("named_components.json"));
        String pkg = "nl.gemeente.kms.search.analysis.";
        assertThat(json)
                .contains("\"org.elasticsearch.plugin.analysis.TokenFilterFactory\": {")
                .contains("\"org.elasticsearch.plugin.analysis.AnalyzerFactory\": {")
                .contains("\"nl_lowercase\": \"" + pkg + "NlLowercaseTokenFilterFactory\"")
                .contains("\"nl_asciifolding\": \"" + pkg + "NlAsciiFoldingTokenFilterFactory\"")
                .contains("\"nl_stemmer\": \"" + pkg + "NlStemmerTokenFilterFactory\"")
                .contains("\"nl_stop\": \"" + pkg + "NlStopTokenFilterFactory\"")
                .contains("\"nl_synonyms\": \"" + pkg + "NlSynonymsTokenFilterFactory\"")
                .contains("\"nl_edge_ngram\": \"" + pkg + "NlEdgeNGramTokenFilterFactory\"")
                .contains("\"nl_word_delimiter\": \"" + pkg + "NlWordDelimiterTokenFilterFactory\"")
                .contains("\"nl_text\": \"" + pkg + "NlTextAnalyzerFactory\"");
        assertThat(json.split("\": \"" + pkg.replace(".", "\\."), -1)).hasSize(9); // 8 components
    }

    @Test
    void descriptorHasOnlyTheKeysElasticsearchAccepts() throws Exception {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(METADATA.resolve("stable-plugin-descriptor.properties"))) {
            descriptor.load(reader);
        }
        assertThat(descriptor.stringPropertyNames())
                .containsExactlyInAnyOrder("name", "description", "version", "elasticsearch.version", "java.version", "modular");
        assertThat(descriptor.getProperty("name")).isEqualTo("kms-analysis-nl");
        assertThat(descriptor.getProperty("elasticsearch.version")).isEqualTo("9.0.0");
        assertThat(descriptor.getProperty("java.version")).isEqualTo("21");
        assertThat(descriptor.getProperty("version")).doesNotContain("${");
    }

    @Test
    void entitlementPolicyUsesTheUnnamedModuleScope() throws Exception {
        assertThat(Files.readString(METADATA.resolve("entitlement-policy.yaml")))
                .contains("ALL-UNNAMED:").contains("relative_path: \"analysis/\"").contains("relative_to: config");
    }
}
