package nl.gemeente.kms.notification.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.notification.application.NotificationRecord;
import nl.gemeente.kms.notification.application.NotificationService;
import nl.gemeente.kms.notification.application.NotificationsCommitted;
import nl.gemeente.kms.notification.interfaces.rest.NotificationViews.NotificationView;
import nl.gemeente.kms.notification.interfaces.rest.StreamSubscriber.Frame;

/**
 * The live streams connected to this node, by employee. The poller's batches fan out here; each
 * stream has its own bounded queue, so a client that stops reading delays nobody else.
 */
@ApplicationScoped
public class NotificationStreams {

  private static final Logger LOG = Logger.getLogger(NotificationStreams.class.getName());

  static final int QUEUE_CAPACITY = 64;
  static final int CATCH_UP_PAGE = 200;
  private static final long HEARTBEAT_SECONDS = 20;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject NotificationService notifications;

  private final Map<String, Set<StreamSubscriber>> byUser = new ConcurrentHashMap<>();
  // created for the bean, not in a field initializer that the container's proxy would run too
  Jsonb json;
  private ScheduledFuture<?> heartbeat;

  @PostConstruct
  void createJsonb() {
    json = JsonbBuilder.create();
  }

  // proxies close idle connections, and a write is the only way to notice a vanished client
  void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
    heartbeat = scheduler.scheduleWithFixedDelay(
        () -> each(s -> s.offer(Frame.comment("keep-alive"))), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /** @param resumeAfter the Last-Event-ID the client sent, or -1 for a new stream */
  void open(String username, StreamSubscriber.Channel channel, long resumeAfter) {
    StreamSubscriber subscriber = new StreamSubscriber(channel, executor, QUEUE_CAPACITY, s -> remove(username, s));
    byUser.compute(username, (name, set) -> {
      Set<StreamSubscriber> streams = set == null ? ConcurrentHashMap.newKeySet() : set;
      streams.add(subscriber);
      return streams;
    });
    try {
      List<NotificationRecord> missed =
          resumeAfter < 0 ? List.of() : notifications.missed(username, resumeAfter, CATCH_UP_PAGE + 1);
      boolean more = missed.size() > CATCH_UP_PAGE;
      subscriber.catchUp(missed.stream().limit(CATCH_UP_PAGE).map(this::frame).toList(),
          new Frame(null, "ready", "{\"resumedAfter\":" + resumeAfter + "}"), more);
    } catch (RuntimeException e) {
      subscriber.close();
      throw e;
    }
  }

  void onCommitted(@Observes NotificationsCommitted batch) {
    for (NotificationRecord n : batch.notifications()) {
      Set<StreamSubscriber> streams = byUser.get(n.recipient());
      if (streams != null && !streams.isEmpty()) {
        Frame frame = frame(n);
        streams.forEach(s -> s.offer(frame));
      }
    }
  }

  private Frame frame(NotificationRecord n) {
    return new Frame(n.id(), "notification", json.toJson(NotificationView.of(n)));
  }

  private void remove(String username, StreamSubscriber subscriber) {
    byUser.computeIfPresent(username, (name, set) -> {
      set.remove(subscriber);
      return set.isEmpty() ? null : set;
    });
  }

  private void each(Consumer<StreamSubscriber> action) {
    byUser.values().forEach(set -> set.forEach(action));
  }

  @PreDestroy
  void stop() {
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
    each(StreamSubscriber::closeNow);
    // a Jsonb holds caches and may hold threads: each redeployment would otherwise leave one behind
    if (json != null) {
      try {
        json.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Could not close the JSON-B instance of the notification streams", e);
      }
    }
  }
}
