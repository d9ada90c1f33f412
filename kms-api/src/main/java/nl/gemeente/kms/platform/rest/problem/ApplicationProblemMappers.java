package nl.gemeente.kms.platform.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.gemeente.kms.article.application.ArticleNotFound;
import nl.gemeente.kms.article.application.InvalidArticle;
import nl.gemeente.kms.article.application.StaleVersion;

/** Problem responses for the application services' own failures. */
public final class ApplicationProblemMappers {

  private ApplicationProblemMappers() {}

  private static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath();
  }

  @Provider
  public static class InvalidArticleMapper implements ExceptionMapper<InvalidArticle> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(InvalidArticle e) {
      return Problem.of("invalid-article", "Invalid article", 400, "The article has invalid fields; nothing was saved.")
          .withErrors(
              e.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.rule(), f.message())).toList())
          .at(path(uri))
          .toResponse();
    }
  }

  @Provider
  public static class ArticleNotFoundMapper implements ExceptionMapper<ArticleNotFound> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ArticleNotFound e) {
      return Problem.of("not-found", "Not found", 404, e.getMessage()).at(path(uri)).toResponse();
    }
  }

  @Provider
  public static class StaleVersionMapper implements ExceptionMapper<StaleVersion> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(StaleVersion e) {
      return Response.fromResponse(
              Problem.of("stale-version", "Changed by someone else", 412, e.getMessage()).at(path(uri)).toResponse())
          .header("X-Current-Lock-Version", e.currentLockVersion())
          .build();
    }
  }
}
