package nl.gemeente.kms.platform.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import nl.gemeente.kms.search.application.SearchUnavailable;

/** Search down is a 503 that says so; the cause goes to the log, not to the agent. */
@Provider
public class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailable> {

  private static final Logger LOG = Logger.getLogger(SearchUnavailableMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(SearchUnavailable e) {
    LOG.warning("Search unavailable: " + e.getMessage());
    return Response.fromResponse(
            Problem.of("search-unavailable", "Search is temporarily unavailable", 503,
                    "Search is temporarily unavailable. Articles can still be opened; try searching again in a minute.")
                .at(uri == null ? null : "/" + uri.getPath())
                .toResponse())
        .header("Retry-After", "30")
        .build();
  }
}
