package nl.gemeente.kms.notification.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gemeente.kms.notification.interfaces.rest.StreamSubscriber.Frame;
import org.junit.jupiter.api.Test;

class StreamSubscriberTest {

  private static final Executor DIRECT = Runnable::run;
  private static final Frame READY = new Frame(null, "ready", "{}");

  /** Records what was sent; {@code complete} false models a client whose sends never finish. */
  static final class FakeChannel implements StreamSubscriber.Channel {
    final List<Frame> sent = new CopyOnWriteArrayList<>();
    final boolean complete;
    volatile boolean closed;

    FakeChannel(boolean complete) {
      this.complete = complete;
    }

    @Override
    public CompletionStage<?> send(Frame frame) {
      sent.add(frame);
      return complete ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static Frame n(long id) {
    return new Frame(id, "notification", "{\"id\":" + id + "}");
  }

  private static List<Long> ids(FakeChannel channel) {
    return channel.sent.stream().map(f -> f.id() == null ? -1L : f.id()).toList();
  }

  @Test
  void framesGoOutInOrderAfterReady() {
    FakeChannel channel = new FakeChannel(true);
    StreamSubscriber s = new StreamSubscriber(channel, DIRECT, 8, x -> {});

    s.catchUp(List.of(), READY, false);
    s.offer(n(1));
    s.offer(n(2));

    assertThat(ids(channel)).containsExactly(-1L, 1L, 2L);
  }

  @Test
  void missedFramesComeFirstAndLiveOnesArrivingMeanwhileAreNotSentTwice() {
    FakeChannel channel = new FakeChannel(true);
    StreamSubscriber s = new StreamSubscriber(channel, DIRECT, 8, x -> {});

    s.offer(n(6));
    s.offer(n(7));
    s.catchUp(List.of(n(5), n(6)), READY, false);
    s.offer(n(7));
    s.offer(n(8));

    assertThat(ids(channel)).containsExactly(5L, 6L, -1L, 7L, 8L);
  }

  @Test
  void aLongAbsenceIsCaughtUpPageByPageThroughReconnects() {
    FakeChannel channel = new FakeChannel(true);
    StreamSubscriber s = new StreamSubscriber(channel, DIRECT, 8, x -> {});

    s.offer(n(9));
    s.catchUp(List.of(n(1), n(2)), READY, true);

    assertThat(ids(channel)).containsExactly(1L, 2L);
    assertThat(s.isClosed()).isTrue();
    assertThat(channel.closed).isTrue();
  }

  @Test
  void aClientThatStopsReadingIsDroppedAfterCapacityFramesAndForgotten() {
    FakeChannel stuck = new FakeChannel(false);
    AtomicInteger removed = new AtomicInteger();
    StreamSubscriber s = new StreamSubscriber(stuck, DIRECT, 4, x -> removed.incrementAndGet());
    s.catchUp(List.of(), READY, false);

    for (long id = 1; id <= 10; id++) {
      s.offer(n(id));
    }

    assertThat(s.isClosed()).isTrue();
    assertThat(s.queued()).isZero();
    assertThat(removed).hasValue(1);
    assertThat(stuck.closed).isTrue();
    // only the first send was ever started: the rest waited in the bounded queue
    assertThat(stuck.sent).hasSize(1);
  }

  @Test
  void aFailedSendClosesTheStream() {
    StreamSubscriber.Channel broken = new StreamSubscriber.Channel() {
      @Override
      public CompletionStage<?> send(Frame frame) {
        return CompletableFuture.failedFuture(new IllegalStateException("connection reset"));
      }

      @Override
      public void close() {}
    };
    StreamSubscriber s = new StreamSubscriber(broken, DIRECT, 4, x -> {});

    s.catchUp(List.of(), READY, false);

    assertThat(s.isClosed()).isTrue();
  }

  @Test
  void offeringNeverWaitsForAClientWhoseWriteBlocks() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    CountDownLatch release = new CountDownLatch(1);
    StreamSubscriber.Channel blocking = new StreamSubscriber.Channel() {
      @Override
      public CompletionStage<?> send(Frame frame) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public void close() {}
    };
    try {
      StreamSubscriber s = new StreamSubscriber(blocking, pool, 16, x -> {});
      s.catchUp(List.of(), READY, false);
      long start = System.nanoTime();
      for (long id = 1; id <= 100; id++) {
        s.offer(n(id));
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
      assertThat(s.isClosed()).isTrue();
    } finally {
      release.countDown();
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
