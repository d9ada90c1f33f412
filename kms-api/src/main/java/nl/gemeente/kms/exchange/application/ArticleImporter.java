package nl.gemeente.kms.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.article.application.ArticleService;
import nl.gemeente.kms.audit.application.AuditTrail;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.Slug;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.audit.AuditEntry;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.ArticleInvariants;
import nl.gemeente.kms.workflow.RuleViolation;
import nl.gemeente.kms.workflow.VersionState;

/**
 * Writes one imported article, all or nothing, in a transaction of its own: through {@link
 * ArticleService}, so the content rules, the workflow, the audit trail and the index update after
 * commit apply exactly as when editors do it by hand. An article with the same external id gets a
 * new version instead of a twin; one that already has the content is left alone, which is what
 * makes re-running an interrupted import safe.
 */
@ApplicationScoped
public class ArticleImporter {

  /** Exports name articles that have no external id {@code kms:<slug>}; importing one back finds it by slug. */
  public static final String OWN_ID_PREFIX = "kms:";

  @Inject ArticleService service;
  @Inject ArticleRepository articles;
  @Inject AuditTrail audit;
  @Inject WorkflowSteps steps;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportOutcome write(ArticleRecord record, VersionState target, ImportActors actors, String remark) {
    Actor author = actors.author(record.department());
    Actor reviewer = actors.reviewer(record.department());
    Optional<Article> existing = existing(record);
    if (existing.isEmpty()) {
      Article created = create(record, author);
      steps.advance(created, 1, target, author, reviewer, remark);
      recordImport(created, 1, target, author, remark);
      return ImportOutcome.CREATED;
    }
    Article article = existing.get();
    if (!article.department().equals(record.department())) {
      throw new RuleViolation("department", "moved", "article " + record.externalId() + " belongs to "
          + article.department() + "; an import does not move articles between departments");
    }
    return update(article, record, target, author, reviewer, remark);
  }

  /** Matches on external id; an export's {@code kms:<slug>} id matches the article with that slug and no id of its own. */
  public Optional<Article> existing(ArticleRecord record) {
    Optional<Article> byId = articles.findByExternalId(record.externalId());
    if (byId.isPresent() || !record.externalId().equals(OWN_ID_PREFIX + record.slug())) {
      return byId;
    }
    return articles.findBySlug(record.slug()).filter(a -> a.externalId().isEmpty());
  }

  private Article create(ArticleRecord r, Actor author) {
    String slug = r.slug() != null ? r.slug() : freeSlug(Slug.of(r.content().title()));
    Article article = service.create(
        new ArticleService.NewArticle(slug, r.department(), r.audience(), new HashSet<>(r.topics()), r.content()), author);
    article.recordSource(ownId(r), r.sourceUrl());
    // the workflow steps lock the row with a refresh, which would drop changes not yet flushed
    articles.flush();
    return article;
  }

  private ImportOutcome update(Article article, ArticleRecord r, VersionState target, Actor author, Actor reviewer, String remark) {
    ArticleVersion latest = article.latest().orElseThrow();
    boolean sameContent = sameContent(latest.content(), r.content());
    boolean sameTags = article.audience() == r.audience() && article.topics().equals(new HashSet<>(r.topics()))
        && Objects.equals(article.sourceUrl().orElse(null), r.sourceUrl());
    if (sameContent && sameTags) {
      return ImportOutcome.SKIPPED;
    }
    article.retag(r.audience(), new HashSet<>(r.topics()));
    article.recordSource(article.externalId().orElse(ownId(r)), r.sourceUrl());
    articles.flush();
    if (sameContent) {
      return ImportOutcome.UPDATED;
    }
    int number = draftWith(article, latest, r.content(), author);
    steps.advance(article, number, target, author, reviewer, remark);
    recordImport(article, number, target, author, remark);
    return ImportOutcome.UPDATED;
  }

  /** The open draft of an earlier import is revised; an editor's draft in progress is not overwritten. */
  private int draftWith(Article article, ArticleVersion latest, ArticleContent content, Actor author) {
    if (ArticleInvariants.isDraftInProgress(latest.state())) {
      if (latest.state() != VersionState.DRAFT || !ImportActors.isImporter(latest.author())) {
        throw new RuleViolation("state", "draft-in-progress", "article " + article.slug() + " has version "
            + latest.number() + " " + latest.state() + " by " + latest.author() + "; finish or archive it before importing a change");
      }
      service.revise(article.id(), latest.number(), content, latest.lockVersion(), author);
      return latest.number();
    }
    ArticleVersion draft = service.startDraft(article.id(), null, author);
    service.revise(article.id(), draft.number(), content, draft.lockVersion(), author);
    return draft.number();
  }

  private void recordImport(Article article, int number, VersionState target, Actor author, String remark) {
    audit.record(new AuditEntry(clock.instant(), author.username(), "IMPORT", article.id(), number, null,
        target.name(), remark));
  }

  // change summary and level describe a change rather than the text, so they do not make it different
  static boolean sameContent(ArticleContent a, ArticleContent b) {
    return Objects.equals(a.title(), b.title()) && Objects.equals(a.shortAnswer(), b.shortAnswer())
        && ArticleRecord.normalizeBody(a.body()).equals(ArticleRecord.normalizeBody(b.body()))
        && a.keywords().equals(b.keywords()) && a.questionAnswers().equals(b.questionAnswers())
        && Objects.equals(a.validFrom(), b.validFrom()) && Objects.equals(a.validUntil(), b.validUntil());
  }

  private String freeSlug(String base) {
    String slug = base.isBlank() ? "artikel" : base;
    for (int n = 2; articles.findBySlug(slug).isPresent(); n++) {
      slug = (base.isBlank() ? "artikel" : base) + "-" + n;
    }
    return slug;
  }

  private static String ownId(ArticleRecord r) {
    // an article that came back from an export under kms:<slug> keeps having no id of its own
    return r.externalId().startsWith(OWN_ID_PREFIX) ? null : r.externalId();
  }
}
