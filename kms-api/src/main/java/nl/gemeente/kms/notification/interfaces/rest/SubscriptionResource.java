package nl.gemeente.kms.notification.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.notification.application.RecipientRules;
import nl.gemeente.kms.notification.application.SubscriptionService;
import nl.gemeente.kms.notification.interfaces.rest.NotificationViews.SubscribeRequest;
import nl.gemeente.kms.notification.interfaces.rest.NotificationViews.SubscriptionView;
import nl.gemeente.kms.notification.interfaces.rest.NotificationViews.SubscriptionsView;

/** What the caller follows: departments, topics, single articles, and what their roles add. */
@RequestScoped
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

  @Inject SubscriptionService subscriptions;
  @Inject CurrentActor actor;

  @GET
  public SubscriptionsView list() {
    var a = actor.get();
    return new SubscriptionsView(
        subscriptions.of(a).stream().map(SubscriptionView::of).toList(),
        RecipientRules.automaticFollows(a.roles(), a.departments()));
  }

  /** 201 for a new subscription, 200 with the existing one when it was already there. */
  @POST
  public Response subscribe(SubscribeRequest request) {
    var result = subscriptions.subscribe(
        actor.get(), request == null ? null : request.kind(), request == null ? null : request.target());
    SubscriptionView view = SubscriptionView.of(result.subscription());
    return result.created()
        ? Response.created(UriBuilder.fromPath("/api/subscriptions/{id}").build(view.id())).entity(view).build()
        : Response.ok(view).build();
  }

  @DELETE
  @Path("{id: \\d+}")
  public Response unsubscribe(@PathParam("id") long id) {
    subscriptions.unsubscribe(actor.get(), id);
    return Response.noContent().build();
  }
}
