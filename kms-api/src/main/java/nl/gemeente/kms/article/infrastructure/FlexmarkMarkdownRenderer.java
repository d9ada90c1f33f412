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
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Flexmark with tables, autolinks and heading ids (for links to a section), followed by the OWASP sanitizer with a strict
 * allow-list. The sanitizer is the guarantee; the up-front check only gives editors a clear message.
 */
@ApplicationScoped
public class FlexmarkMarkdownRenderer implements MarkdownRenderer {

  private static final Pattern UNSAFE =
      Pattern.compile(
          "<\\s*(script|iframe|object|embed|style|form|input|svg|math)\\b"
              + "|\\son[a-z]+\\s*="
              + "|(javascript|vbscript)\\s*:"
              + "|data\\s*:\\s*text/html",
          Pattern.CASE_INSENSITIVE);

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
    if (markdown == null) {
      return Optional.empty();
    }
    var m = UNSAFE.matcher(markdown);
    return m.find() ? Optional.of(m.group().trim()) : Optional.empty();
  }
}
