package nl.gemeente.kms.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.exchange.infrastructure.UploadSpool;
import nl.gemeente.kms.exchange.report.Suggestions;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.NotPermitted;
import nl.gemeente.kms.workflow.Role;
import nl.gemeente.kms.workflow.RuleViolation;
import nl.gemeente.kms.workflow.VersionState;

/**
 * Starting and following imports. Only administrators import: an import writes and publishes in
 * every department, which no editor's role covers. Checked here as well as by the resource's
 * {@code @RolesAllowed}, so no other caller can skip it.
 */
@ApplicationScoped
public class ImportService {

  @Inject ImportJobs jobs;
  @Inject ImportChecks checks;
  @Inject UploadSpool spool;

  public ImportJob start(ImportRequest request, InputStream upload, Actor actor) {
    requireAdministrator(actor, "import articles");
    if (request.target() != VersionState.PUBLISHED && request.target() != VersionState.DRAFT) {
      throw new RuleViolation("as", "one-of", "Import as published or as draft.");
    }
    if (request.format() == ExchangeFormat.VAC_CSV && request.department() == null) {
      throw new RuleViolation("department", "required", "Question-answer records have no department: choose one.");
    }
    if (request.department() != null && !checks.isDepartment(request.department())) {
      String hint = Suggestions.closest(request.department(), checks.departments()).map(s -> "; did you mean " + s + "?").orElse("");
      throw new RuleViolation("department", "unknown-department", "Unknown department " + request.department() + hint);
    }
    jobs.checkCanStart(request.dryRun());
    Path file = spool.store(upload);
    var settings = new ImportJob.Settings(request.format(), request.department(), request.target(), request.dryRun(),
        actor.username(), request.fileName(), file.toFile().length());
    return jobs.submit(settings, file);
  }

  public ImportJob job(String id, Actor actor) {
    requireAdministrator(actor, "follow imports");
    return jobs.find(id).orElseThrow(() -> new ImportRefused(ImportRefused.Reason.UNKNOWN_JOB,
        "There is no import " + id + " (jobs are kept in memory: the last " + ImportJobs.KEPT + " since the server started)."));
  }

  public List<ImportJob> recent(Actor actor) {
    requireAdministrator(actor, "follow imports");
    return jobs.recent();
  }

  static void requireAdministrator(Actor actor, String action) {
    if (!actor.has(Role.ADMINISTRATOR)) {
      throw new NotPermitted(actor.username(), action, "only administrators may");
    }
  }
}
