package nl.gemeente.kms.search.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.gemeente.kms.identity.application.CurrentActor;
import nl.gemeente.kms.platform.rest.problem.Problem;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.search.application.Reindexer;
import nl.gemeente.kms.search.application.SearchAnalytics;
import nl.gemeente.kms.search.application.SearchUnavailable;
import nl.gemeente.kms.search.application.Synonyms;

/** For knowledge managers: synonyms, search analytics, and (with administrators) the index itself. */
@RequestScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"KNOWLEDGE_MANAGER", "ADMINISTRATOR"})
public class SearchManagementResource {

  @Inject Synonyms synonyms;
  @Inject SearchAnalytics analytics;
  @Inject Reindexer reindexer;
  @Inject CurrentActor actor;

  public record SynonymRequest(@NotNull @Size(min = 2, max = 20) List<@NotNull @Size(min = 1, max = 80) String> terms) {}

  public record SynonymView(long id, List<String> terms, String createdBy, Instant createdAt) {}

  @GET
  @Path("synonyms")
  public List<SynonymView> synonyms() {
    return synonyms.all().stream().map(r -> new SynonymView(r.id(), r.terms(), r.createdBy(), r.createdAt())).toList();
  }

  @POST
  @Path("synonyms")
  @RolesAllowed("KNOWLEDGE_MANAGER")
  public Response addSynonym(@NotNull @Valid SynonymRequest request) {
    if (request.terms().stream().anyMatch(t -> t.isBlank() || t.contains(","))) {
      throw new ProblemException(Problem.of("invalid-request", "Invalid request", 400, "Terms are not blank and contain no commas.")
          .withErrors(List.of(new Problem.FieldProblem("terms", "no-commas", "each term is a word or phrase without commas"))));
    }
    var rule = synonyms.add(request.terms().stream().map(String::strip).toList(), actor.username());
    return Response.status(201).entity(new SynonymView(rule.id(), rule.terms(), rule.createdBy(), rule.createdAt())).build();
  }

  @DELETE
  @Path("synonyms/{id}")
  @RolesAllowed("KNOWLEDGE_MANAGER")
  public Response removeSynonym(@PathParam("id") long id) {
    if (!synonyms.remove(id)) {
      throw ProblemException.notFound("Synonym rule " + id);
    }
    return Response.noContent().build();
  }

  @GET
  @Path("analytics")
  public SearchAnalytics.Report analytics(@QueryParam("days") @DefaultValue("30") int days) {
    int period = Math.max(1, Math.min(days, 366));
    Instant to = Instant.now().plus(1, ChronoUnit.MINUTES);
    return analytics.report(to.minus(period, ChronoUnit.DAYS), to, 20);
  }

  @POST
  @Path("reindex")
  @RolesAllowed("ADMINISTRATOR")
  public Response reindex() {
    return Response.accepted(reindexer.start()).header("Location", "/api/search/reindex").build();
  }

  @GET
  @Path("reindex")
  public Reindexer.Progress reindexProgress() {
    return reindexer.progress().orElseThrow(() -> ProblemException.notFound("A reindex"));
  }

  @GET
  @Path("consistency")
  public Reindexer.Consistency consistency() {
    try {
      return reindexer.check();
    } catch (IOException e) {
      throw new SearchUnavailable(e.getMessage());
    }
  }
}
