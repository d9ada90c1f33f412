package nl.gemeente.kms.article.application;

import java.util.Optional;

/** Turns an article body into the HTML agents read; the only way Markdown becomes markup. */
public interface MarkdownRenderer {

  /** Safe HTML: anything outside the allow-list (scripts, event handlers, inline styles) is gone. */
  String toSafeHtml(String markdown);

  /** Why this Markdown would lose markup when rendered (so an editor is told, not silently cut). */
  Optional<String> unsafeMarkup(String markdown);
}
