package nl.gemeente.kms.privacy.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.gemeente.kms.platform.rest.problem.ProblemException;
import nl.gemeente.kms.privacy.application.EmployeeNotFound;

/** An unknown (or already removed) employee is a 404 problem. */
@Provider
public class EmployeeNotFoundMapper implements ExceptionMapper<EmployeeNotFound> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(EmployeeNotFound e) {
    return ProblemException.notFound(e.getMessage()).problem().at(uri == null ? null : "/" + uri.getPath()).toResponse();
  }
}
