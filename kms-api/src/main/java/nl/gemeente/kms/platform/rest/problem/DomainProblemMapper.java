package nl.gemeente.kms.platform.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.gemeente.kms.workflow.NotPermitted;
import nl.gemeente.kms.workflow.ReportTransitionNotAllowed;
import nl.gemeente.kms.workflow.RuleViolation;
import nl.gemeente.kms.workflow.TransitionNotAllowed;
import nl.gemeente.kms.workflow.WorkflowException;

/** Translates the workflow's rule failures into problem responses; the domain knows no HTTP. */
@Provider
public class DomainProblemMapper implements ExceptionMapper<WorkflowException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(WorkflowException e) {
    Problem problem =
        switch (e) {
          case TransitionNotAllowed t ->
              Problem.of("transition-not-allowed", "Transition not allowed", 409, t.getMessage())
                  .withAllowedTransitions(t.allowed().stream().map(Enum::name).sorted().toList());
          case ReportTransitionNotAllowed t ->
              Problem.of("transition-not-allowed", "Transition not allowed", 409, t.getMessage())
                  .withAllowedTransitions(t.allowed().stream().map(Enum::name).sorted().toList());
          case NotPermitted n -> Problem.of("not-permitted", "Not permitted", 403, n.getMessage());
          case RuleViolation r ->
              Problem.of("rule-violation", "Rule violated", 422, r.getMessage())
                  .withErrors(List.of(new Problem.FieldProblem(r.field(), r.rule(), r.getMessage())));
        };
    return problem.at(uri == null ? null : "/" + uri.getPath()).toResponse();
  }
}
