package nl.gemeente.kms.article.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import nl.gemeente.kms.audit.application.AuditTrail;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.audit.AuditEntry;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.schema.identity.Department;
import nl.gemeente.kms.workflow.DepartmentScope;
import nl.gemeente.kms.workflow.ReviewSchedule;
import nl.gemeente.kms.workflow.diff.DiffResult;
import nl.gemeente.kms.workflow.diff.FieldChange;
import nl.gemeente.kms.workflow.diff.VersionDiff;

/** Reading articles as this employee may see them: hidden versions simply do not exist for them. */
@ApplicationScoped
@Transactional
public class ArticleQueries {

  @Inject ArticleRepository articles;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public Article article(long id, Actor actor) {
    Article article = articles.find(id).orElseThrow(() -> new ArticleNotFound("Article " + id));
    if (visibleVersions(article, actor).isEmpty()) {
      throw new ArticleNotFound("Article " + id);
    }
    return article;
  }

  public List<ArticleVersion> visibleVersions(Article article, Actor actor) {
    return article.versions().stream()
        .filter(v -> DepartmentScope.canSee(actor, article.department(), article.audience(), v.state()))
        .toList();
  }

  public ArticleVersion version(long id, int number, Actor actor) {
    Article article = article(id, actor);
    return visibleVersions(article, actor).stream()
        .filter(v -> v.number() == number)
        .findFirst()
        .orElseThrow(() -> new ArticleNotFound("Version " + number + " of article " + id));
  }

  /** The text that agents saw at moment {@code at}: for complaints and objections. */
  public Optional<ArticleVersion> liveAt(long id, Instant at, Actor actor) {
    return visibleVersions(article(id, actor), actor).stream()
        .filter(v -> v.liveFrom().map(from -> !at.isBefore(from)).orElse(false))
        .filter(v -> v.liveUntil().map(until -> at.isBefore(until)).orElse(true))
        .findFirst();
  }

  public List<Article> list(ArticleListFilter filter, int offset, int limit, Actor actor) {
    return articles.list(filter, offset, limit).stream()
        .filter(a -> !visibleVersions(a, actor).isEmpty())
        .toList();
  }

  /** Two versions side by side: which fields changed, and the body by paragraph and word. */
  public record VersionComparison(int from, int to, List<FieldChange> fields, DiffResult body) {}

  public VersionComparison compare(long id, int from, int to, Actor actor) {
    ArticleVersion older = version(id, from, actor);
    ArticleVersion newer = version(id, to, actor);
    return new VersionComparison(from, to, VersionDiff.changedFields(older.content(), newer.content()),
        VersionDiff.diff(older.content().body(), newer.content().body()));
  }

  /**
   * Live articles past their periodic review date, for the departments this employee edits (all of
   * them for knowledge managers).
   */
  public List<Article> overdueForReview(Actor actor) {
    ReviewSchedule schedule = new ReviewSchedule(
        articles.departments().stream().collect(Collectors.toMap(Department::code, Department::reviewMonths)),
        ReviewSchedule.DEFAULT_MONTHS);
    LocalDate today = LocalDate.now(clock);
    return articles.allPublished().stream()
        .map(ArticleVersion::article)
        .filter(a -> DepartmentScope.canAuthor(actor, a.department()))
        .filter(a -> schedule.isOverdue(a.department(), a.lastReviewed().orElse(LocalDate.ofInstant(a.createdAt(), clock.getZone())), today))
        .toList();
  }

  public List<AuditEntry> auditTrail(long id, Actor actor) {
    article(id, actor);
    return audit.forArticle(id);
  }
}
