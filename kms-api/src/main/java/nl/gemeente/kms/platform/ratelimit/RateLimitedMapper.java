package nl.gemeente.kms.platform.ratelimit;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.gemeente.kms.platform.rest.problem.Problem;

/** 429 as a problem response, with Retry-After so that well-behaved clients wait the right time. */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimited> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(RateLimited e) {
    Response problem = Problem.of("rate-limited", "Too many requests", 429, e.getMessage())
        .at(uri == null ? null : "/" + uri.getPath()).toResponse();
    return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
  }
}
