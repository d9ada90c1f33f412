package nl.gemeente.kms.privacy.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.schema.search.SearchLogEntry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes search log entries older than {@code KMS_SEARCH_LOG_RETENTION_DAYS} (default 90). The
 * entries are pseudonymous from the start (see {@code Pseudonyms}); after the period they go
 * altogether. Runs hourly on every node (a delete by date is idempotent) and on an administrator's
 * request; "older" is measured with the application clock, so a test can move time.
 */
@ApplicationScoped
public class SearchLogRetention {

  private static final Logger LOG = Logger.getLogger(SearchLogRetention.class.getName());

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kms.search.log.retention.days", defaultValue = "90")
  int retentionDays;

  @Resource ManagedScheduledExecutorService scheduler;

  // the scheduled run goes through the proxy, so that purge() gets its transaction
  @Inject SearchLogRetention self;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::runSafely, 2, 60, TimeUnit.MINUTES);
  }

  public Duration retention() {
    return Duration.ofDays(retentionDays);
  }

  /** Deletes what is past retention now; returns how many entries went. */
  @Transactional
  public int purge() {
    Instant cutoff = clock.instant().minus(retention());
    int deleted = em.createQuery("delete from SearchLogEntry e where e.occurredAt < :cutoff")
        .setParameter("cutoff", cutoff).executeUpdate();
    em.getEntityManagerFactory().getCache().evict(SearchLogEntry.class);
    if (deleted > 0) {
      LOG.info("Search log retention: deleted " + deleted + " entries from before " + cutoff);
    }
    return deleted;
  }

  private void runSafely() {
    try {
      self.purge();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search log retention failed; it retries in an hour", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
