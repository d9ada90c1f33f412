package nl.gemeente.kms.notification.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database as the bus between application nodes (ADR 0004): every node reads what committed
 * after the last id it saw, with one query per poll however many clients it serves, and hands it
 * to its own live streams. Ids become visible in increasing order, so "after the last id" misses
 * nothing.
 */
@ApplicationScoped
public class NotificationPoller {

  private static final Logger LOG = Logger.getLogger(NotificationPoller.class.getName());
  static final int BATCH = 500;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject NotificationStore store;
  @Inject Event<NotificationsCommitted> committed;

  @Inject
  @ConfigProperty(name = "kms.notification.poll.millis", defaultValue = "300")
  long pollMillis;

  // only the poll task touches it, and fixed-delay runs never overlap
  private long cursor = -1;
  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::poll, 1000, Math.max(50, pollMillis), TimeUnit.MILLISECONDS);
  }

  void poll() {
    try {
      if (cursor < 0) {
        // streams that connect later catch up from their Last-Event-ID, not from the poller
        cursor = store.latestId();
        return;
      }
      List<NotificationRecord> fresh;
      do {
        fresh = store.after(cursor, BATCH).stream().map(NotificationRecord::of).toList();
        if (!fresh.isEmpty()) {
          cursor = fresh.get(fresh.size() - 1).id();
          committed.fire(new NotificationsCommitted(fresh));
        }
      } while (fresh.size() == BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification poll failed; the next poll tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
