package nl.gemeente.kms.platform.rest.problem;

import java.util.Objects;

/**
 * Thrown by REST resources for a problem that is already known in HTTP terms (not found, stale
 * ETag, missing If-Match); domain problems stay HTTP-free and are mapped by {@link
 * DomainProblemMapper}.
 */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = Objects.requireNonNull(problem);
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(Problem.of("not-found", "Not found", 404, what + " does not exist or is not visible to you."));
  }
}
