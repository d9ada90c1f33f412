package nl.gemeente.kms.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.ExportedArticle;
import nl.gemeente.kms.exchange.format.JsonLinesWriter;
import nl.gemeente.kms.exchange.format.MarkdownArticleWriter;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.NotPermitted;
import nl.gemeente.kms.workflow.Role;
import nl.gemeente.kms.workflow.RuleViolation;
import nl.gemeente.kms.workflow.VersionState;

/**
 * Exports the knowledge base, or one department: as JSON Lines with every version (and the audit
 * trail on request), or as a zip of Markdown files with the published content, one folder per
 * department. Importing either into an empty instance gives the same published content. Streams
 * page by page, so the size of the knowledge base does not matter.
 */
@ApplicationScoped
public class ExportService {

  @Inject ExportPages pages;
  @Inject ImportChecks checks;

  /** Administrators and knowledge managers (who answer for the content of every department). Call before streaming. */
  public void checkMayExport(String department, Actor actor) {
    if (!actor.has(Role.ADMINISTRATOR) && !actor.has(Role.KNOWLEDGE_MANAGER)) {
      throw new NotPermitted(actor.username(), "export the knowledge base", "only administrators and knowledge managers may");
    }
    if (department != null && !checks.isDepartment(department)) {
      throw new RuleViolation("department", "unknown-department", "Unknown department " + department);
    }
  }

  public void jsonLines(String department, boolean withAudit, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    JsonLinesWriter lines = new JsonLinesWriter(writer);
    for (ExportPages.Page page = pages.next(department, 0, withAudit); !page.articles().isEmpty();
        page = pages.next(department, page.lastId(), withAudit)) {
      for (ExportedArticle article : page.articles()) {
        lines.write(article);
      }
    }
    writer.flush();
  }

  public void markdownZip(String department, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (ExportPages.Page page = pages.next(department, 0, false); !page.articles().isEmpty();
        page = pages.next(department, page.lastId(), false)) {
      for (ExportedArticle article : page.articles()) {
        if (VersionState.PUBLISHED.name().equals(article.state())) {
          ArticleRecord r = article.current();
          zip.putNextEntry(new ZipEntry(r.department() + "/" + MarkdownArticleWriter.fileName(r)));
          zip.write(MarkdownArticleWriter.write(r).getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
    }
    zip.finish();
  }
}
