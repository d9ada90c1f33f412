package nl.gemeente.kms.article.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.gemeente.kms.article.application.InvalidArticle;
import nl.gemeente.kms.article.application.MarkdownRenderer;
import nl.gemeente.kms.workflow.ContentRules;

/**
 * The editor's live preview. It renders with the same renderer and sanitizer as a saved article,
 * so what an editor sees is exactly what agents will read; markup that would be cut is refused
 * with the same field error as on save, so the editor learns it while typing.
 */
@RequestScoped
@Path("markdown")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"EDITOR", "KNOWLEDGE_MANAGER"})
public class MarkdownPreviewResource {

  @Inject MarkdownRenderer markdown;

  public record PreviewRequest(@NotNull @Size(max = ContentRules.BODY_MAX) String markdown) {}

  public record PreviewView(String html) {}

  @POST
  @Path("preview")
  public PreviewView preview(@NotNull @Valid PreviewRequest request) {
    markdown.unsafeMarkup(request.markdown()).ifPresent(found -> {
      throw InvalidArticle.of("body", "unsafe-markup", "The body contains markup that is not allowed: " + found);
    });
    return new PreviewView(markdown.toSafeHtml(request.markdown()));
  }
}
