package nl.gemeente.kms.notification.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.gemeente.kms.notification.application.NotificationException;
import nl.gemeente.kms.notification.application.NotificationException.AlreadyConfirmed;
import nl.gemeente.kms.notification.application.NotificationException.ConfirmationNotAsked;
import nl.gemeente.kms.notification.application.NotificationException.InvalidSubscription;
import nl.gemeente.kms.notification.application.NotificationException.NotFound;
import nl.gemeente.kms.platform.rest.problem.Problem;

/** Problem responses for refused notification requests, with a stable type per kind. */
@Provider
public class NotificationProblemMapper implements ExceptionMapper<NotificationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(NotificationException e) {
    Problem problem =
        switch (e) {
          case NotFound n -> Problem.of("not-found", "Not found", 404, n.getMessage());
          case AlreadyConfirmed a -> Problem.of("already-confirmed", "Already confirmed", 409, a.getMessage());
          case ConfirmationNotAsked c ->
              Problem.of("confirmation-not-asked", "No confirmation asked", 422, c.getMessage());
          case InvalidSubscription i ->
              Problem.of("invalid-subscription", "Invalid subscription", 422, i.getMessage())
                  .withErrors(List.of(new Problem.FieldProblem(i.field(), i.rule(), i.getMessage())));
        };
    return problem.at(uri == null ? null : "/" + uri.getPath()).toResponse();
  }
}
