package nl.gemeente.kms.schema.search;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.gemeente.kms.schema.support.InstantConverter;

/**
 * Words and phrases that mean the same to a citizen and to a department ("ID-kaart",
 * "identiteitskaart"), kept by knowledge managers.
 */
@Entity
@Table(name = "synonym_rule")
public class SynonymRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The equivalent terms, separated by commas. */
  @Column(nullable = false)
  private String terms;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SynonymRule() {}

  public SynonymRule(List<String> terms, String createdBy, Instant createdAt) {
    this.terms = String.join(",", terms);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long id() {
    return id;
  }

  public List<String> terms() {
    return Arrays.stream(terms.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
