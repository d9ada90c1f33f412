package nl.gemeente.kms.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeMarkupTest {

    @Test
    void findsScriptsHandlersAndScriptUrlsWithTheirOffset() {
        assertThat(UnsafeMarkup.find("## Kosten\n\n<SCRIPT>alert(1)</SCRIPT>"))
                .contains(new UnsafeMarkup.Finding("<SCRIPT", 11));
        assertThat(UnsafeMarkup.find("<img src=x onerror=alert(1)>")).get()
                .extracting(UnsafeMarkup.Finding::markup).isEqualTo("onerror=");
        assertThat(UnsafeMarkup.find("[klik](javascript:alert(1))")).isPresent();
    }

    @Test
    void plainMarkdownTablesAndLinksAreFine() {
        assertThat(UnsafeMarkup.find("| a | b |\n|---|---|\n| [site](https://www.gemeente.nl) | **vet** |")).isEmpty();
        assertThat(UnsafeMarkup.find(null)).isEmpty();
    }
}
