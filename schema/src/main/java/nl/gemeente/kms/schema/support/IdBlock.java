package nl.gemeente.kms.schema.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The next free id of a kind of row whose ids the application hands out itself, a block at a time. */
@Entity
@Table(name = "id_block")
public class IdBlock {

  @Id
  private String name;

  @Column(name = "next_value", nullable = false)
  private long nextValue;

  protected IdBlock() {}

  /** Takes {@code size} ids; returns the first. */
  public long take(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a block holds at least one id");
    }
    long first = nextValue;
    nextValue += size;
    return first;
  }
}
