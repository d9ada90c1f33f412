package nl.gemeente.kms.notification.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.bind.Jsonb;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import nl.gemeente.kms.notification.application.NotificationRecord;
import nl.gemeente.kms.notification.application.NotificationsCommitted;
import nl.gemeente.kms.notification.interfaces.rest.StreamSubscriberTest.FakeChannel;
import nl.gemeente.kms.schema.notification.NotificationContent;
import nl.gemeente.kms.schema.notification.NotificationType;
import nl.gemeente.kms.workflow.ChangeLevel;
import org.junit.jupiter.api.Test;

/** The fan-out over the streams of one node, with channels that stand in for the SSE sinks. */
class NotificationStreamsTest {

  private final AtomicBoolean jsonbClosed = new AtomicBoolean();
  private final NotificationStreams streams = streams();

  private NotificationStreams streams() {
    NotificationStreams s = new NotificationStreams();
    // sends run on the caller's thread, so every assertion sees their effect at once
    s.executor = proxy(ManagedExecutorService.class, (method, args) -> {
      if (method.equals("execute")) {
        ((Runnable) args[0]).run();
      }
      return null;
    });
    s.json = proxy(Jsonb.class, (method, args) -> {
      if (method.equals("close")) {
        jsonbClosed.set(true);
      }
      return method.equals("toJson") ? "{}" : null;
    });
    return s;
  }

  @Test
  void aStreamWhoseClientNeverReadsDelaysNobodyAndIsForgotten() {
    FakeChannel stalled = new FakeChannel(false);
    FakeChannel reading = new FakeChannel(true);
    streams.open("kees", stalled, -1);
    streams.open("anna", reading, -1);

    long start = System.nanoTime();
    for (long batch = 0; batch < 10; batch++) {
      List<NotificationRecord> both = new ArrayList<>();
      LongStream.range(batch * 20, batch * 20 + 10).forEach(i -> {
        both.add(notification(2 * i + 1, "kees"));
        both.add(notification(2 * i + 2, "anna"));
      });
      streams.onCommitted(new NotificationsCommitted(both));
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(reading.sent).filteredOn(f -> f.id() != null).hasSize(100);
    assertThat(reading.closed).isFalse();
    // the ready frame was the one send that never finished; the queue behind it overflowed
    assertThat(stalled.closed).isTrue();
    int sentBeforeDropped = stalled.sent.size();
    streams.onCommitted(new NotificationsCommitted(List.of(notification(1000, "kees"))));
    assertThat(stalled.sent).as("a dropped stream gets nothing more").hasSize(sentBeforeDropped);
  }

  @Test
  void stoppingClosesTheOpenStreamsAndTheJsonb() {
    FakeChannel open = new FakeChannel(true);
    streams.open("anna", open, -1);

    streams.stop();

    assertThat(open.closed).isTrue();
    assertThat(jsonbClosed).isTrue();
  }

  private static NotificationRecord notification(long id, String recipient) {
    var content = new NotificationContent(NotificationType.PUBLISHED, "Titel " + id, "Tekst", "/api/articles/1", 1L, 1,
        ChangeLevel.MAJOR, LocalDate.of(2026, 11, 23));
    return new NotificationRecord(id, recipient, content, Instant.EPOCH, LocalDate.of(2026, 11, 23), null, null);
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> switch (method.getName()) {
          case "hashCode" -> System.identityHashCode(self);
          case "equals" -> self == args[0];
          case "toString" -> type.getSimpleName() + " stand-in";
          default -> handler.handle(method.getName(), args);
        }));
  }
}
