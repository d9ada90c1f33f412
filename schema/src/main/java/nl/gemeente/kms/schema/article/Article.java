package nl.gemeente.kms.schema.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.gemeente.kms.schema.support.InstantConverter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.VersionState;

/**
 * A procedure article: the stable identity (id, slug, owning department, audience, topics) under
 * which its content evolves as a list of {@link ArticleVersion}s. Agents read the one published
 * version; editors work on at most one draft beside it.
 */
@Entity
@Table(name = "article")
public class Article {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(name = "department_code", nullable = false)
  private String department;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Audience audience;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "source_url")
  private String sourceUrl;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_reviewed")
  private LocalDate lastReviewed;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "article_topic", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "topic")
  private Set<String> topics = new LinkedHashSet<>();

  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("number ASC")
  private List<ArticleVersion> versions = new ArrayList<>();

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Article() {}

  public Article(
      String slug,
      String department,
      Audience audience,
      Set<String> topics,
      String createdBy,
      Instant createdAt) {
    this.slug = Objects.requireNonNull(slug);
    this.department = Objects.requireNonNull(department);
    this.audience = Objects.requireNonNull(audience);
    this.topics.addAll(topics);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Starts the next version as a draft; the caller has checked that no other draft is open. */
  public ArticleVersion startDraft(ArticleContent content, String author, Instant now) {
    int next = versions.stream().mapToInt(ArticleVersion::number).max().orElse(0) + 1;
    ArticleVersion draft = new ArticleVersion(this, next, content, author, now);
    versions.add(draft);
    return draft;
  }

  public void recordSource(String externalId, String sourceUrl) {
    this.externalId = externalId;
    this.sourceUrl = sourceUrl;
  }

  /** A "still correct" decision or a publication restarts the periodic review period. */
  public void markReviewed(LocalDate on) {
    this.lastReviewed = Objects.requireNonNull(on);
  }

  public void retag(Audience audience, Set<String> topics) {
    this.audience = Objects.requireNonNull(audience);
    this.topics.clear();
    this.topics.addAll(topics);
  }

  public Optional<ArticleVersion> versionInState(VersionState state) {
    return versions.stream().filter(v -> v.state() == state).findFirst();
  }

  public Optional<ArticleVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  public Optional<ArticleVersion> latest() {
    return versions.stream().max(Comparator.comparingInt(ArticleVersion::number));
  }

  public List<VersionState> versionStates() {
    return versions.stream().map(ArticleVersion::state).toList();
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String department() {
    return department;
  }

  public Audience audience() {
    return audience;
  }

  public Set<String> topics() {
    return Set.copyOf(topics);
  }

  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  public Optional<String> sourceUrl() {
    return Optional.ofNullable(sourceUrl);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<LocalDate> lastReviewed() {
    return Optional.ofNullable(lastReviewed);
  }

  public List<ArticleVersion> versions() {
    return List.copyOf(versions);
  }

  public long lockVersion() {
    return lockVersion;
  }
}
