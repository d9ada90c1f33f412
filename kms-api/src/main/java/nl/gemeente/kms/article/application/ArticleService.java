package nl.gemeente.kms.article.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gemeente.kms.audit.application.AuditTrail;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.audit.AuditEntry;
import nl.gemeente.kms.search.application.SearchOutbox;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.ArticleInvariants;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ContentRules;
import nl.gemeente.kms.workflow.DepartmentScope;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.FieldError;
import nl.gemeente.kms.workflow.NotPermitted;
import nl.gemeente.kms.workflow.Transition;
import nl.gemeente.kms.workflow.TransitionOutcome;
import nl.gemeente.kms.workflow.VersionState;
import nl.gemeente.kms.workflow.event.ArticleEvent;

/**
 * Authoring and the editorial workflow of articles. Every rule is checked here, on the server,
 * before anything is stored; the REST layer only translates.
 */
@ApplicationScoped
public class ArticleService {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Inject ArticleRepository articles;
  @Inject AuditTrail audit;
  @Inject MarkdownRenderer markdown;
  @Inject Clock clock;
  @Inject SearchOutbox searchOutbox;
  // observed inside this transaction by the notifications' outbox (ADR 0004): a rollback takes them along
  @Inject Event<ArticleEvent> articleEvents;

  /** What an editor supplies for a new article besides its first content. */
  public record NewArticle(String slug, String department, Audience audience, Set<String> topics, ArticleContent content) {}

  @Transactional
  public Article create(NewArticle request, Actor actor) {
    List<FieldError> errors = new ArrayList<>(validate(request.content()));
    if (articles.department(request.department()).isEmpty()) {
      errors.add(new FieldError("department", "unknown-department", "Unknown department: " + request.department()));
    }
    String slug = request.slug() == null || request.slug().isBlank() ? Slugs.of(request.content().title()) : request.slug();
    if (!SLUG.matcher(slug).matches() || slug.length() > 160) {
      errors.add(new FieldError("slug", "pattern", "A slug is lowercase letters, digits and single hyphens."));
    } else if (articles.findBySlug(slug).isPresent()) {
      errors.add(new FieldError("slug", "unique", "Another article already uses the slug " + slug + "."));
    }
    if (request.audience() == null) {
      errors.add(new FieldError("audience", "required", "Choose INTERNAL or PUBLIC."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidArticle(errors);
    }
    if (!DepartmentScope.canAuthor(actor, request.department())) {
      throw new NotPermitted(actor.username(), "create an article", "only editors of " + request.department() + " may");
    }
    var now = clock.instant();
    Article article = new Article(slug, request.department(), request.audience(), topics(request.topics()), actor.username(), now);
    ArticleVersion draft = article.startDraft(request.content(), actor.username(), now);
    articles.add(article);
    articles.flush();
    audit.record(new AuditEntry(now, actor.username(), "CREATE", article.id(), draft.number(), null, "DRAFT", null));
    return article;
  }

  /** Edits a draft; {@code expectedLockVersion} is the ETag the editor loaded. */
  @Transactional
  public ArticleVersion revise(long articleId, int number, ArticleContent content, long expectedLockVersion, Actor actor) {
    Article article = visibleForUpdate(articleId, actor);
    ArticleVersion version = visibleVersion(article, number, actor);
    requireAuthor(actor, article, "edit a draft");
    if (version.lockVersion() != expectedLockVersion) {
      throw new StaleVersion(number, version.lockVersion());
    }
    if (!version.state().isEditable()) {
      throw new nl.gemeente.kms.workflow.RuleViolation(
          "state", "immutable", "Version " + number + " is " + version.state() + "; start a new draft to change it.");
    }
    List<FieldError> errors = validate(content);
    if (!errors.isEmpty()) {
      throw new InvalidArticle(errors);
    }
    version.revise(content, clock.instant());
    audit.record(new AuditEntry(clock.instant(), actor.username(), "EDIT", articleId, number, "DRAFT", "DRAFT", null));
    articles.flush();
    return version;
  }

  /** A new draft from the live text, or from any older version ("restore"). */
  @Transactional
  public ArticleVersion startDraft(long articleId, Integer restoreFrom, Actor actor) {
    Article article = visibleForUpdate(articleId, actor);
    requireAuthor(actor, article, "start a new draft");
    ArticleInvariants.checkCanStartDraft(article.versionStates());
    ArticleVersion source =
        restoreFrom == null
            ? article.versionInState(VersionState.PUBLISHED).or(article::latest).orElseThrow()
            : visibleVersion(article, restoreFrom, actor);
    var now = clock.instant();
    ArticleVersion draft = article.startDraft(source.content(), actor.username(), now);
    articles.flush();
    String action = restoreFrom == null ? "NEW_DRAFT" : "RESTORE";
    String remark = restoreFrom == null ? null : "restored from version " + restoreFrom;
    audit.record(new AuditEntry(now, actor.username(), action, articleId, draft.number(), null, "DRAFT", remark));
    return draft;
  }

  /**
   * Moves a version through the workflow. The article row is locked first, so of two reviewers
   * approving at once the second finds the version already approved and is refused.
   */
  @Transactional
  public ArticleVersion transition(long articleId, int number, Transition transition, String comment, Long expectedLockVersion, Actor actor) {
    Article article = visibleForUpdate(articleId, actor);
    ArticleVersion version = visibleVersion(article, number, actor);
    if (expectedLockVersion != null && version.lockVersion() != expectedLockVersion) {
      throw new StaleVersion(number, version.lockVersion());
    }
    TransitionOutcome outcome = workflow().apply(version, transition, actor, comment);
    if (transition == Transition.SCHEDULE) {
      ArticleInvariants.checkCanSchedule(otherStates(article, version));
    }
    applyOutcome(article, version, outcome);
    return version;
  }

  /** Runs the clock's consequences: due scheduled versions go live, expired ones are withdrawn. */
  @Transactional
  public int activateAndExpireDue() {
    LocalDate today = LocalDate.now(clock);
    int changed = 0;
    for (ArticleVersion due : articles.scheduledDueOn(today)) {
      applyOutcome(due.article(), due, workflow().apply(due, Transition.ACTIVATE, Actor.SYSTEM, null));
      changed++;
    }
    for (ArticleVersion expired : articles.publishedExpiredBefore(today)) {
      applyOutcome(expired.article(), expired, workflow().apply(expired, Transition.EXPIRE, Actor.SYSTEM, "valid until " + expired.validUntil().orElseThrow()));
      changed++;
    }
    return changed;
  }

  /** A recorded "still correct" decision: restarts the periodic review period without a new text. */
  @Transactional
  public Article confirmStillCorrect(long articleId, String remark, Actor actor) {
    Article article = visibleForUpdate(articleId, actor);
    requireAuthor(actor, article, "confirm an article as still correct");
    article.markReviewed(LocalDate.now(clock));
    audit.record(new AuditEntry(clock.instant(), actor.username(), "REVIEW_CONFIRMED", articleId, null, null, null, remark));
    return article;
  }

  private void applyOutcome(Article article, ArticleVersion version, TransitionOutcome outcome) {
    boolean goesLive = outcome.to() == VersionState.PUBLISHED;
    Integer previousVersion = null;
    if (goesLive) {
      var previous = article.versionInState(VersionState.PUBLISHED);
      previous.ifPresent(p -> supersede(article, p));
      previousVersion = previous.map(ArticleVersion::number).orElse(null);
      article.markReviewed(LocalDate.now(clock));
    }
    version.record(outcome);
    articleEvents.fire(ArticleEvent.of(article.id(), version.number(), outcome, version.content(), previousVersion));
    audit.record(new AuditEntry(outcome.at(), outcome.actor(), outcome.transition().name(), article.id(), version.number(),
        outcome.from().name(), outcome.to().name(), outcome.comment()));
    articles.flush();
    if (goesLive || outcome.from() == VersionState.PUBLISHED) {
      searchOutbox.articleChanged(article.id());
    }
  }

  private void supersede(Article article, ArticleVersion previous) {
    TransitionOutcome superseded = workflow().apply(previous, Transition.SUPERSEDE, Actor.SYSTEM, null);
    previous.record(superseded);
    audit.record(new AuditEntry(superseded.at(), superseded.actor(), "SUPERSEDE", article.id(), previous.number(),
        superseded.from().name(), superseded.to().name(), null));
  }

  private Article visibleForUpdate(long articleId, Actor actor) {
    Article article = articles.findForUpdate(articleId).orElseThrow(() -> new ArticleNotFound("Article " + articleId));
    boolean visible = article.versions().stream()
        .anyMatch(v -> DepartmentScope.canSee(actor, article.department(), article.audience(), v.state()));
    if (!visible) {
      throw new ArticleNotFound("Article " + articleId);
    }
    return article;
  }

  /**
   * A version this actor may see, or 404: an agent must not learn from a 403 that a published
   * article has a draft in the works.
   */
  private static ArticleVersion visibleVersion(Article article, int number, Actor actor) {
    return article.version(number)
        .filter(v -> DepartmentScope.canSee(actor, article.department(), article.audience(), v.state()))
        .orElseThrow(() -> new ArticleNotFound("Version " + number + " of article " + article.id()));
  }

  private static void requireAuthor(Actor actor, Article article, String action) {
    if (!DepartmentScope.canAuthor(actor, article.department())) {
      throw new NotPermitted(actor.username(), action, "only editors of " + article.department() + " may");
    }
  }

  private List<FieldError> validate(ArticleContent content) {
    List<FieldError> errors = new ArrayList<>(ContentRules.validate(content));
    markdown.unsafeMarkup(content.body()).ifPresent(found ->
        errors.add(new FieldError("body", "unsafe-markup", "The body contains markup that is not allowed: " + found)));
    return errors;
  }

  private static List<VersionState> otherStates(Article article, ArticleVersion except) {
    return article.versions().stream().filter(v -> v != except).map(ArticleVersion::state).toList();
  }

  private static Set<String> topics(Set<String> topics) {
    return topics == null ? Set.of() : topics;
  }

  private EditorialWorkflow workflow() {
    return new EditorialWorkflow(clock);
  }
}
