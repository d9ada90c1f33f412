package nl.gemeente.kms.notification.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.notification.application.NotificationService;
import nl.gemeente.kms.notification.application.NotificationStore.InboxQuery;
import nl.gemeente.kms.notification.interfaces.rest.NotificationViews.MarkedRead;
import nl.gemeente.kms.notification.interfaces.rest.NotificationViews.NotificationView;
import nl.gemeente.kms.notification.interfaces.rest.NotificationViews.UnreadCount;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.schema.notification.NotificationType;

/** The caller's own inbox, its live stream, and "read and understood" for major changes. */
@RequestScoped
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject NotificationService notifications;
  @Inject NotificationStreams streams;
  @Inject CurrentActor actor;

  @GET
  public List<NotificationView> inbox(
      @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
      @QueryParam("type") String type,
      @QueryParam("before") Long before,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    var query = new InboxQuery(unreadOnly, type(type), before, Math.max(1, Math.min(limit, 200)));
    return notifications.inbox(actor.username(), query).stream().map(NotificationView::of).toList();
  }

  @GET
  @Path("unread-count")
  public UnreadCount unreadCount() {
    return new UnreadCount(notifications.unreadCount(actor.username()));
  }

  @GET
  @Path("{id: \\d+}")
  public NotificationView get(@PathParam("id") long id) {
    return NotificationView.of(notifications.get(id, actor.username()));
  }

  @POST
  @Path("{id: \\d+}/read")
  public NotificationView markRead(@PathParam("id") long id) {
    return NotificationView.of(notifications.markRead(id, actor.username()));
  }

  @POST
  @Path("read-all")
  public MarkedRead markAllRead() {
    return new MarkedRead(notifications.markAllRead(actor.username()));
  }

  /** "Read and understood": once per major change; a repeat is a 409 and a minor change a 422. */
  @POST
  @Path("{id: \\d+}/confirm")
  public NotificationView confirm(@PathParam("id") long id) {
    return NotificationView.of(notifications.confirm(id, actor.username()));
  }

  /**
   * Server-Sent Events: each new notification as an event whose id is the notification id. A
   * reconnecting browser sends the last one as {@code Last-Event-ID} and gets what it missed first.
   */
  @GET
  @Path("stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(
      @Context SseEventSink sink,
      @Context Sse sse,
      @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
      @QueryParam("lastEventId") String lastEventIdParam) {
    String resumeFrom = lastEventId != null ? lastEventId : lastEventIdParam;
    streams.open(actor.username(), new SseChannel(sink, sse), resumePoint(resumeFrom));
  }

  private static long resumePoint(String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return -1;
    }
    try {
      return Math.max(0, Long.parseLong(lastEventId.strip()));
    } catch (NumberFormatException e) {
      throw invalid("Last-Event-ID", "Last-Event-ID is the id of a notification this stream sent.");
    }
  }

  private static NotificationType type(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    try {
      return NotificationType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid("type", "type is one of " + Arrays.toString(NotificationType.values()) + ".");
    }
  }

  private static ProblemException invalid(String field, String message) {
    return new ProblemException(Problem.of("invalid-request", "Invalid request", 400, message)
        .withErrors(List.of(new Problem.FieldProblem(field, "one-of", message))));
  }
}
