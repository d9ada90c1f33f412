package nl.gemeente.kms.article.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec-style: Markdown in, the HTML agents see out. */
class FlexmarkMarkdownRendererTest {

  private final FlexmarkMarkdownRenderer renderer = new FlexmarkMarkdownRenderer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '^',
      value = {
        "**vet**^<p><strong>vet</strong></p>",
        "## Kosten^<h2 id=\"kosten\">",
        "| a | b |\\n|---|---|\\n| 1 | 2 |^<td>1</td>",
        "Zie https://www.rijksoverheid.nl^href=\"https://www.rijksoverheid.nl\"",
        "- een\\n- twee^<li>twee</li>"
      })
  void rendersTheMarkdownAgentsUse(String markdown, String expectedFragment) {
    assertThat(renderer.toSafeHtml(markdown.replace("\\n", "\n"))).contains(expectedFragment);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klik](javascript:alert(1))",
        "<p style=\"color:red\">rood</p>",
        "<iframe src=\"https://evil.example\"></iframe>"
      })
  void neverLetsScriptsHandlersOrStylesThrough(String hostile) {
    String html = renderer.toSafeHtml("Tekst\n\n" + hostile);
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
        .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("style=")
        .doesNotContainIgnoringCase("<iframe");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>x</script>", "<a href=\"#\" onclick=\"x()\">a</a>", "[a](javascript:x)", "<svg/onload=x>"})
  void namesUnsafeMarkupSoTheEditorIsTold(String hostile) {
    assertThat(renderer.unsafeMarkup("Tekst " + hostile)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Gewone tekst met een [link](https://www.gemeente.nl).", "Kosten: € 84,95 (on-line)", ""})
  void acceptsOrdinaryText(String text) {
    assertThat(renderer.unsafeMarkup(text)).isEmpty();
  }
}
