package nl.gemeente.kms.schema.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A subject department (Burgerzaken, Belastingen, ...) that owns procedure articles. Its code is
 * stable and used in URLs and filters; its review period sets when its articles fall due for
 * periodic re-review.
 */
@Entity
@Table(name = "department")
public class Department {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "review_months", nullable = false)
  private int reviewMonths;

  protected Department() {}

  public Department(String code, String name, int reviewMonths) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.reviewMonths = reviewMonths;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int reviewMonths() {
    return reviewMonths;
  }
}
