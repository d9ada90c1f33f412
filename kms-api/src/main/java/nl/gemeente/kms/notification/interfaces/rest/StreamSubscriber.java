package nl.gemeente.kms.notification.interfaces.rest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * One connected stream. Nothing here ever waits for the client: frames go into a bounded queue,
 * one send at a time runs on the executor, and a client that falls {@code capacity} frames behind
 * is disconnected and forgotten. It loses nothing by that: it reconnects with its Last-Event-ID
 * and catches up from the database.
 */
final class StreamSubscriber {

  private static final Logger LOG = Logger.getLogger(StreamSubscriber.class.getName());

  /** One event, or a comment when {@code name} is null; {@code id} only for notifications. */
  record Frame(Long id, String name, String data) {
    static Frame comment(String text) {
      return new Frame(null, null, text);
    }

    boolean isComment() {
      return name == null;
    }
  }

  /** Where frames go: the SSE sink in production, a fake in tests. */
  interface Channel {
    CompletionStage<?> send(Frame frame);

    void close();
  }

  private final Channel channel;
  private final Executor executor;
  private final int capacity;
  private final Consumer<StreamSubscriber> onClose;

  // all guarded by this
  private final Deque<Frame> queue = new ArrayDeque<>();
  private final List<Frame> held = new ArrayList<>();
  private boolean catchingUp = true;
  private boolean sending;
  private boolean closeWhenDrained;
  private boolean closed;
  private long lastQueuedId;

  StreamSubscriber(Channel channel, Executor executor, int capacity, Consumer<StreamSubscriber> onClose) {
    this.channel = channel;
    this.executor = executor;
    this.capacity = capacity;
    this.onClose = onClose;
  }

  /** A live frame. Held back while the missed ones are being read, so they go out first. */
  synchronized void offer(Frame frame) {
    if (closed) {
      return;
    }
    if (!catchingUp) {
      accept(frame);
    } else if (held.size() < capacity) {
      held.add(frame);
    } else {
      dropTooSlow();
    }
  }

  /**
   * Sends what the client missed, then {@code ready}, then the live frames that arrived meanwhile
   * (without those it already got). With {@code more}, the stream closes after the missed page so
   * that the client reconnects from its last id and fetches the next page.
   */
  synchronized void catchUp(List<Frame> missed, Frame ready, boolean more) {
    if (closed) {
      return;
    }
    missed.forEach(this::append);
    if (more) {
      closeWhenDrained = true;
    } else {
      append(ready);
      catchingUp = false;
      held.forEach(this::accept);
    }
    held.clear();
    pump();
  }

  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.clear();
    held.clear();
    onClose.accept(this);
    try {
      // closing may flush to a client that does not read: not on the caller's thread
      executor.execute(channel::close);
    } catch (RejectedExecutionException e) {
      channel.close();
    }
  }

  /**
   * Closes on the caller's thread, for when the application stops: the executor no longer runs
   * tasks then, and an open stream would keep the server from shutting down.
   */
  synchronized void closeNow() {
    if (!closed) {
      closed = true;
      queue.clear();
      held.clear();
      onClose.accept(this);
      channel.close();
    }
  }

  synchronized boolean isClosed() {
    return closed;
  }

  synchronized int queued() {
    return queue.size() + held.size();
  }

  private void accept(Frame frame) {
    if (frame.id() != null && frame.id() <= lastQueuedId) {
      return;
    }
    if (queue.size() >= capacity) {
      dropTooSlow();
      return;
    }
    append(frame);
    pump();
  }

  private void dropTooSlow() {
    LOG.info(() -> "Dropped a notification stream that fell " + capacity + " events behind; it resumes on reconnect");
    close();
  }

  private void append(Frame frame) {
    queue.add(frame);
    if (frame.id() != null) {
      lastQueuedId = Math.max(lastQueuedId, frame.id());
    }
  }

  private void pump() {
    if (closed || sending) {
      return;
    }
    Frame next = queue.poll();
    if (next == null) {
      if (closeWhenDrained) {
        close();
      }
      return;
    }
    sending = true;
    try {
      executor.execute(() -> send(next));
    } catch (RejectedExecutionException e) {
      close();
    }
  }

  private void send(Frame frame) {
    CompletionStage<?> sent;
    try {
      sent = channel.send(frame);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete((ok, failure) -> sent(failure));
  }

  private synchronized void sent(Throwable failure) {
    sending = false;
    if (failure != null) {
      close();
    } else {
      pump();
    }
  }
}
