package nl.gemeente.kms.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.gemeente.kms.schema.support.IdBlock;

/**
 * Reserves blocks of ids for rows the application numbers itself. The row lock makes two nodes
 * reserving at once take different blocks; a node that stops leaves the rest of its block unused.
 */
@ApplicationScoped
public class IdBlocks {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  /** The first of {@code size} ids nobody else will be given; committed before it is returned. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long reserve(String name, int size) {
    IdBlock block = em.find(IdBlock.class, name, LockModeType.PESSIMISTIC_WRITE);
    if (block == null) {
      throw new IllegalStateException("no id block named " + name + " (a migration is missing)");
    }
    return block.take(size);
  }
}
