package nl.gemeente.kms.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import nl.gemeente.kms.audit.application.AuditTrail;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.ExportedArticle;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.workflow.VersionState;

/**
 * One page of the export turned into plain records inside a short transaction, so the stream to
 * the client is written outside any transaction and versions load while the page is open.
 */
@ApplicationScoped
public class ExportPages {

  static final int SIZE = 200;

  @Inject ExportSource source;
  @Inject AuditTrail audit;

  /** The next page; {@code lastId} of the result is where the following page starts. */
  public record Page(List<ExportedArticle> articles, long lastId) {}

  @Transactional
  public Page next(String department, long afterId, boolean withAudit) {
    List<Article> page = source.page(department, afterId, SIZE);
    List<ExportedArticle> articles = page.stream().map(a -> exported(a, withAudit)).toList();
    return new Page(articles, page.isEmpty() ? afterId : page.get(page.size() - 1).id());
  }

  private ExportedArticle exported(Article a, boolean withAudit) {
    ArticleVersion current = a.versionInState(VersionState.PUBLISHED).or(a::latest).orElseThrow();
    List<ExportedArticle.Version> versions = a.versions().stream().map(ExportPages::version).toList();
    List<ExportedArticle.AuditLine> lines = withAudit ? audit.forArticle(a.id()).stream()
        .map(e -> new ExportedArticle.AuditLine(e.occurredAt(), e.actor(), e.action(), e.versionNumber(), e.fromState(),
            e.toState(), e.remark()))
        .toList() : null;
    return new ExportedArticle(record(a, current), current.state().name(), versions, lines);
  }

  /** The importable record: the given version's content under the article's identity. */
  static ArticleRecord record(Article a, ArticleVersion v) {
    String externalId = a.externalId().orElse(ArticleImporter.OWN_ID_PREFIX + a.slug());
    List<String> topics = a.topics().stream().sorted(Comparator.naturalOrder()).toList();
    return new ArticleRecord(externalId, a.slug(), a.department(), a.audience(), topics, a.sourceUrl().orElse(null), null,
        v.content());
  }

  private static ExportedArticle.Version version(ArticleVersion v) {
    return new ExportedArticle.Version(v.number(), v.state().name(), v.author(), v.reviewer().orElse(null),
        v.reviewComment().orElse(null), v.createdAt(), v.updatedAt(), v.liveFrom().orElse(null), v.liveUntil().orElse(null),
        v.content());
  }
}
