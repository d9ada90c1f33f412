package nl.gemeente.kms.notification.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import nl.gemeente.kms.notification.interfaces.rest.StreamSubscriber.Frame;

/** Writes frames to a JAX-RS SSE sink; the data is JSON that was serialized beforehand. */
final class SseChannel implements StreamSubscriber.Channel {

  static final long RECONNECT_MILLIS = 1000;

  private final SseEventSink sink;
  private final Sse sse;

  SseChannel(SseEventSink sink, Sse sse) {
    this.sink = sink;
    this.sse = sse;
  }

  @Override
  public CompletionStage<?> send(Frame frame) {
    if (sink.isClosed()) {
      return CompletableFuture.failedFuture(new IllegalStateException("the client closed the stream"));
    }
    OutboundSseEvent.Builder event = sse.newEventBuilder();
    if (frame.isComment()) {
      event.comment(frame.data());
    } else {
      // text/plain only picks the writer: the string is already JSON and must not be quoted again
      event.name(frame.name()).mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, frame.data());
      if (frame.id() != null) {
        event.id(Long.toString(frame.id()));
      } else {
        event.reconnectDelay(RECONNECT_MILLIS);
      }
    }
    return sink.send(event.build());
  }

  @Override
  public void close() {
    sink.close();
  }
}
