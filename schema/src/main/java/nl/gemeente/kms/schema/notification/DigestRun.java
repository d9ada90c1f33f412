package nl.gemeente.kms.schema.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.gemeente.kms.schema.support.InstantConverter;

/**
 * A week whose digests the weekly job has queued. Its primary key lets exactly one node queue a
 * week, and spares every later run from working out the week's recipients again.
 */
@Entity
@Table(name = "digest_run")
public class DigestRun {

  @Id
  @Column(name = "iso_week")
  private String isoWeek;

  @Convert(converter = InstantConverter.class)
  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  protected DigestRun() {}

  public DigestRun(String isoWeek, Instant startedAt) {
    this.isoWeek = Objects.requireNonNull(isoWeek);
    this.startedAt = Objects.requireNonNull(startedAt);
  }

  public String isoWeek() {
    return isoWeek;
  }
}
