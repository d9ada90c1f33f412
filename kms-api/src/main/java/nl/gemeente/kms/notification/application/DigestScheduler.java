package nl.gemeente.kms.notification.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues last week's digests on Monday morning and (re)tries due deliveries, every
 * {@code KMS_DIGEST_RETRY_SECONDS}. Like the publication scheduler it works from stored state: a
 * node that was down on Monday queues the week when it comes back, and one node queues it, once.
 */
@ApplicationScoped
public class DigestScheduler {

  private static final Logger LOG = Logger.getLogger(DigestScheduler.class.getName());
  static final LocalTime SEND_FROM = LocalTime.of(7, 0);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DigestService digests;
  @Inject DigestDeliveryStore deliveries;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kms.digest.retry.seconds", defaultValue = "300")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "kms.digest.weekly", defaultValue = "true")
  boolean weekly;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::run, 15, Math.max(1, retrySeconds), TimeUnit.SECONDS);
  }

  void run() {
    try {
      if (weekly) {
        queueLastWeekOnceItIsOver();
      }
      digests.deliverDue();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Digest run failed; the next run tries again", e);
    }
  }

  private void queueLastWeekOnceItIsOver() {
    ZonedDateTime now = clock.instant().atZone(EditorialWorkflow.ZONE);
    IsoWeek thisWeek = IsoWeek.containing(now.toLocalDate());
    if (now.toLocalDate().equals(thisWeek.monday()) && now.toLocalTime().isBefore(SEND_FROM)) {
      return;
    }
    IsoWeek lastWeek = thisWeek.previous();
    if (deliveries.startRun(lastWeek.toString(), clock.instant())) {
      LOG.info("Weekly digest " + lastWeek + " queued for " + digests.enqueue(lastWeek) + " employee(s)");
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
