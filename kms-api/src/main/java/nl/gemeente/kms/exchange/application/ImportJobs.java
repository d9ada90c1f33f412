package nl.gemeente.kms.exchange.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The import jobs of this server, newest last, run on the container's managed executor: one
 * writing import at a time, dry runs alongside. Only the last {@value #KEPT} are remembered.
 */
@ApplicationScoped
public class ImportJobs {

  static final int KEPT = 50;

  @Resource ManagedExecutorService executor;
  @Inject ImportRunner runner;
  @Inject Clock clock;

  private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

  /** Refuses when another import is writing: they would race for the same slugs and ids. Dry runs may run alongside. */
  public synchronized void checkCanStart(boolean dryRun) {
    if (dryRun) {
      return;
    }
    jobs.values().stream().filter(ImportJob::isWriting).findFirst().ifPresent(running -> {
      throw new ImportRefused(ImportRefused.Reason.ALREADY_RUNNING,
          "Import " + running.id() + " is still running; wait for it to finish (GET /api/admin/imports/" + running.id() + ").");
    });
  }

  public synchronized ImportJob submit(ImportJob.Settings settings, Path upload) {
    checkCanStart(settings.dryRun());
    ImportJob job = new ImportJob(UUID.randomUUID().toString(), settings, upload, clock);
    jobs.put(job.id(), job);
    while (jobs.size() > KEPT) {
      jobs.remove(jobs.keySet().iterator().next());
    }
    executor.submit(() -> runner.run(job));
    return job;
  }

  public synchronized Optional<ImportJob> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  public synchronized List<ImportJob> recent() {
    return new ArrayList<>(jobs.values());
  }

  /** An undeploy or shutdown ends running jobs cleanly between two articles; re-running continues them. */
  @PreDestroy
  synchronized void stopAll() {
    jobs.values().forEach(ImportJob::requestStop);
  }
}
