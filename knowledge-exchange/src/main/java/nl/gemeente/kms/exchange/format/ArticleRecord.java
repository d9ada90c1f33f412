package nl.gemeente.kms.exchange.format;

import java.util.List;
import java.util.Objects;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.VersionState;

/**
 * One article as an exchange file describes it: its identity in the source system ({@code
 * externalId}, which an import matches on), where it lives here (slug, department, audience,
 * topics), and the content of the version to import. May be incomplete; the validator reports what
 * is missing.
 *
 * @param slug null when the source has none; the importer derives one from the title
 * @param demoState only in demo content: the workflow state the seeder brings the article to
 */
public record ArticleRecord(
    String externalId,
    String slug,
    String department,
    Audience audience,
    List<String> topics,
    String sourceUrl,
    VersionState demoState,
    ArticleContent content) {

  public ArticleRecord {
    topics = topics == null ? List.of() : List.copyOf(topics);
    Objects.requireNonNull(content, "content");
  }

  /**
   * The body without the blank lines around it. They are layout of the file, not content, so an
   * import compares and stores bodies in this form whatever format they came in.
   */
  public static String normalizeBody(String body) {
    if (body == null) {
      return "";
    }
    int start = 0;
    for (int i = 0; i < body.length() && Character.isWhitespace(body.charAt(i)); i++) {
      if (body.charAt(i) == '\n') {
        start = i + 1;
      }
    }
    return body.substring(start).stripTrailing();
  }

  public ArticleRecord withIdentity(String newExternalId, String newSlug) {
    return new ArticleRecord(newExternalId, newSlug, department, audience, topics, sourceUrl, demoState, content);
  }

  public ArticleRecord withContent(ArticleContent newContent) {
    return new ArticleRecord(externalId, slug, department, audience, topics, sourceUrl, demoState, newContent);
  }
}
