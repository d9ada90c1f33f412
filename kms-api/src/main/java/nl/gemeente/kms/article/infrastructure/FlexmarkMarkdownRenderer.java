package nl.gemeente.kms.article.infrastructure;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.gemeente.kms.article.application.MarkdownRenderer;
import nl.gemeente.kms.workflow.UnsafeMarkup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Flexmark with tables, autolinks and heading ids (for links to a section), followed by the OWASP sanitizer with a strict
 * allow-list. The sanitizer is the guarantee; the up-front check only gives editors a clear message.
 */
@ApplicationScoped
public class FlexmarkMarkdownRenderer implements MarkdownRenderer {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "strong", "em",
              "code", "pre", "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td", "del")
          .allowAttributes("href").onElements("a")
          .allowAttributes("id").matching(Pattern.compile("[a-z0-9-]{1,100}")).onElements("h1", "h2", "h3", "h4", "h5", "h6")
          .allowAttributes("align").onElements("th", "td")
          .allowStandardUrlProtocols()
          .requireRelNofollowOnLinks()
          .toFactory();

  private final Parser parser;
  private final HtmlRenderer renderer;

  public FlexmarkMarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(TablesExtension.create(), AutolinkExtension.create()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  @Override
  public String toSafeHtml(String markdown) {
    String raw = renderer.render(parser.parse(markdown == null ? "" : markdown));
    return POLICY.sanitize(raw);
  }

  @Override
  public Optional<String> unsafeMarkup(String markdown) {
    // the rule itself lives with the other content rules, so imports check exactly what editors are told
    return UnsafeMarkup.find(markdown).map(UnsafeMarkup.Finding::markup);
  }
}
