package nl.gemeente.kms.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A Server-Sent Events client as a browser's EventSource reads it, one event per blank line. */
final class EventStream implements AutoCloseable {

  /** One event, stamped with the moment it arrived. */
  record Event(String id, String name, String data, long receivedNanos) {
    JsonNode json() {
      try {
        return Api.JSON.readTree(data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    long articleId() {
      return json().path("articleId").asLong(-1);
    }
  }

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Stream<String> lines;
  private final Thread reader;
  final int status;

  private EventStream(HttpResponse<Stream<String>> response) {
    this.status = response.statusCode();
    this.lines = response.body();
    this.reader = Thread.ofVirtual().start(this::read);
  }

  static EventStream open(HttpClient http, URI uri, String lastEventId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1)
        .header("Accept", "text/event-stream").GET();
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      return new EventStream(http.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    String id = null;
    String name = null;
    StringBuilder data = new StringBuilder();
    try {
      for (var it = lines.iterator(); it.hasNext(); ) {
        String line = it.next();
        if (line.isEmpty()) {
          if (name != null || !data.isEmpty()) {
            events.add(new Event(id, name == null ? "message" : name, data.toString(), System.nanoTime()));
          }
          id = null;
          name = null;
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
        }
      }
    } catch (RuntimeException closed) {
      // the test or the server closed the stream
    }
  }

  /** The next event that matches, skipping others; fails after {@code timeout}. */
  Event next(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      Event e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e != null && wanted.test(e)) {
        return e;
      }
    }
    throw new AssertionError("no matching event within " + timeout);
  }

  /** The events before the first one that matches {@code end}, which is consumed too. */
  List<Event> until(Predicate<Event> end, Duration timeout) throws InterruptedException {
    List<Event> before = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      Event e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e != null && end.test(e)) {
        return before;
      }
      if (e != null) {
        before.add(e);
      }
    }
    throw new AssertionError("no end event within " + timeout + " after " + before);
  }

  Event ready() throws InterruptedException {
    return next(e -> e.name().equals("ready"), Duration.ofSeconds(10));
  }

  /** Every event until none arrived for {@code quiet}. */
  List<Event> drain(Duration quiet) throws InterruptedException {
    List<Event> all = new ArrayList<>();
    for (Event e; (e = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
      all.add(e);
    }
    return all;
  }

  boolean endedByServer(Duration within) throws InterruptedException {
    reader.join(within);
    return !reader.isAlive();
  }

  @Override
  public void close() {
    lines.close();
    reader.interrupt();
  }
}
