package nl.gemeente.kms.platform.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ProblemException e) {
    return e.problem().at(uri == null ? null : "/" + uri.getPath()).toResponse();
  }
}
