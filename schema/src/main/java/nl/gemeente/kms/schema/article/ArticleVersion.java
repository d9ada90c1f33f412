package nl.gemeente.kms.schema.article;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.gemeente.kms.schema.support.InstantConverter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.gemeente.kms.schema.support.JsonListConverter;
import nl.gemeente.kms.schema.support.QuestionAnswerListConverter;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.QuestionAnswer;
import nl.gemeente.kms.workflow.TransitionOutcome;
import nl.gemeente.kms.workflow.VersionState;
import nl.gemeente.kms.workflow.WorkflowSubject;

/**
 * One version of an article's content with its place in the editorial workflow. Its content can
 * change only while it is a draft; from submission on it is a fixed text that someone reviewed, and
 * once live, the exact text agents read (kept for "what did we say at moment T").
 */
@Entity
@Table(name = "article_version")
public class ArticleVersion implements WorkflowSubject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(name = "version_no", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VersionState state;

  @Column(nullable = false)
  private String title;

  @Column(name = "short_answer", nullable = false)
  private String shortAnswer;

  @Column(nullable = false)
  private String body;

  @Convert(converter = JsonListConverter.class)
  @Column(nullable = false)
  private List<String> keywords;

  @Convert(converter = QuestionAnswerListConverter.class)
  @Column(name = "question_answers", nullable = false)
  private List<QuestionAnswer> questionAnswers;

  @Column(name = "change_summary")
  private String changeSummary;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_level", nullable = false)
  private ChangeLevel changeLevel;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(nullable = false)
  private String author;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  private String reviewer;

  @Column(name = "review_comment")
  private String reviewComment;

  @Convert(converter = InstantConverter.class)
  @Column(name = "live_from")
  private Instant liveFrom;

  @Convert(converter = InstantConverter.class)
  @Column(name = "live_until")
  private Instant liveUntil;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected ArticleVersion() {}

  ArticleVersion(Article article, int number, ArticleContent content, String author, Instant now) {
    this.article = Objects.requireNonNull(article);
    this.number = number;
    this.state = VersionState.DRAFT;
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(now);
    replaceContent(content, now);
  }

  /** Edits a draft; any other state is a fixed text and refuses. */
  public void revise(ArticleContent content, Instant now) {
    if (!state.isEditable()) {
      throw new IllegalStateException("version " + number + " is " + state + " and can no longer change");
    }
    replaceContent(content, now);
  }

  /** Records a transition the workflow has allowed, with what it means for the live period. */
  public void record(TransitionOutcome outcome) {
    this.state = outcome.to();
    this.updatedAt = outcome.at();
    switch (outcome.transition()) {
      case APPROVE, REQUEST_CHANGES -> {
        this.reviewer = outcome.actor();
        this.reviewComment = outcome.comment();
      }
      case PUBLISH, ACTIVATE -> this.liveFrom = outcome.at();
      case SUPERSEDE, EXPIRE -> this.liveUntil = outcome.at();
      case ARCHIVE -> {
        this.reviewComment = outcome.comment();
        if (liveFrom != null && liveUntil == null) {
          this.liveUntil = outcome.at();
        }
      }
      case SUBMIT, SCHEDULE, UNSCHEDULE -> {}
    }
  }

  private void replaceContent(ArticleContent c, Instant now) {
    this.title = c.title();
    this.shortAnswer = c.shortAnswer();
    this.body = c.body() == null ? "" : c.body();
    this.keywords = c.keywords() == null ? List.of() : List.copyOf(c.keywords());
    this.questionAnswers = c.questionAnswers() == null ? List.of() : List.copyOf(c.questionAnswers());
    this.changeSummary = c.changeSummary();
    this.changeLevel = c.changeLevel();
    this.validFrom = c.validFrom();
    this.validUntil = c.validUntil();
    this.updatedAt = now;
  }

  public ArticleContent content() {
    return new ArticleContent(
        title, shortAnswer, body, keywords, questionAnswers, changeSummary, changeLevel, validFrom,
        validUntil);
  }

  @Override
  public VersionState state() {
    return state;
  }

  @Override
  public String department() {
    return article.department();
  }

  @Override
  public String author() {
    return author;
  }

  @Override
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public Article article() {
    return article;
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<String> reviewer() {
    return Optional.ofNullable(reviewer);
  }

  public Optional<String> reviewComment() {
    return Optional.ofNullable(reviewComment);
  }

  public Optional<Instant> liveFrom() {
    return Optional.ofNullable(liveFrom);
  }

  public Optional<Instant> liveUntil() {
    return Optional.ofNullable(liveUntil);
  }

  public long lockVersion() {
    return lockVersion;
  }
}
