package nl.gemeente.kms.bench.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One agent's open EventSource: it stamps every notification with the moment it arrived, by the
 * article it is about. A reader per stream on a virtual thread, as a browser tab would have one.
 */
final class AgentStream implements AutoCloseable {

  private static final Pattern ARTICLE = Pattern.compile("\"articleId\"\\s*:\\s*(\\d+)");

  private final Map<Long, Long> arrivals = new ConcurrentHashMap<>();
  private final CountDownLatch ready;
  private volatile Stream<String> lines;
  private volatile boolean ended;
  private volatile boolean closing;

  private AgentStream(CountDownLatch ready) {
    this.ready = ready;
  }

  /** Opens the stream; {@code ready} counts down when the server says it is live. */
  static AgentStream open(HttpClient http, URI base, Session agent, CountDownLatch ready) {
    AgentStream stream = new AgentStream(ready);
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/notifications/stream"))
        .header("Accept", "text/event-stream").header("Cookie", agent.cookie).GET().build();
    Thread.ofVirtual().start(() -> stream.read(http, request));
    return stream;
  }

  private void read(HttpClient http, HttpRequest request) {
    String event = null;
    String data = null;
    try {
      HttpResponse<Stream<String>> r = http.send(request, HttpResponse.BodyHandlers.ofLines());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("stream answered " + r.statusCode());
      }
      lines = r.body();
      for (var it = lines.iterator(); it.hasNext(); ) {
        String line = it.next();
        if (line.isEmpty()) {
          dispatch(event, data);
          event = null;
          data = null;
        } else if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data = line.substring(5).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!closing) {
        System.err.println("stream ended: " + e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ended = true;
    }
  }

  private void dispatch(String event, String data) {
    if ("ready".equals(event)) {
      ready.countDown();
    } else if ("notification".equals(event) && data != null) {
      long now = System.nanoTime();
      Matcher m = ARTICLE.matcher(data);
      if (m.find()) {
        arrivals.putIfAbsent(Long.parseLong(m.group(1)), now);
      }
    }
  }

  /** When the event about this article arrived (System.nanoTime), or null. */
  Long arrivalOf(long articleId) {
    return arrivals.get(articleId);
  }

  /** True when the server closed the stream (a dropped slow client would reconnect in a browser). */
  boolean endedByServer() {
    return ended && !closing;
  }

  @Override
  public void close() {
    closing = true;
    Stream<String> l = lines;
    if (l != null) {
      try {
        l.close();
      } catch (UncheckedIOException ignored) {
        // closing a stream that the server already ended
      }
    }
  }
}
