package nl.gemeente.kms.platform.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.article.application.ArticleService;

/**
 * Makes scheduled versions live and withdraws expired ones without anyone acting. It works from the
 * stored state, not from timers in memory, so after a restart it catches up with whatever fell due
 * while the application was down: the first run is at start-up.
 */
@ApplicationScoped
public class PublicationScheduler {

  private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ArticleService articles;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::runDue, 5, 60, TimeUnit.SECONDS);
  }

  /** Also called by administrators (and tests that moved the clock) to run it now. */
  public int runDue() {
    try {
      int changed = articles.activateAndExpireDue();
      if (changed > 0) {
        LOG.info("Scheduler: " + changed + " version(s) activated or expired");
      }
      return changed;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Scheduler run failed; it retries in a minute", e);
      return 0;
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
