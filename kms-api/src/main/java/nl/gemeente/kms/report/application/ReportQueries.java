package nl.gemeente.kms.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.report.ReportAccess;
import nl.gemeente.kms.workflow.report.ReportState;
import nl.gemeente.kms.workflow.report.ReportTransition;
import nl.gemeente.kms.workflow.report.ReportWorkflow;

/** Reading reports as this employee may see them: the others simply do not exist for them. */
@ApplicationScoped
@Transactional
public class ReportQueries {

  @Inject ReportRepository reports;
  @Inject Clock clock;

  public InconsistencyReport report(long id, Actor actor) {
    return reports.find(id).filter(r -> ReportAccess.canSee(actor, r)).orElseThrow(() -> new ReportNotFound(id));
  }

  /**
   * A department's queue, newest first: the reports this employee may see, in the department and
   * state asked for (null: any). Editors see their departments' queues, knowledge managers all.
   */
  public List<InconsistencyReport> queue(String department, ReportState state, int limit, Actor actor) {
    return reports.list(department, state).stream()
        .filter(r -> ReportAccess.canSee(actor, r))
        .limit(limit)
        .toList();
  }

  /** The reports this employee filed, newest first, with their state and outcome. */
  public List<InconsistencyReport> mine(Actor actor) {
    return reports.filedBy(actor.username());
  }

  /** The "hints": which steps this employee may take on the report now. */
  public Set<ReportTransition> allowedTransitions(InconsistencyReport report, Actor actor) {
    return new ReportWorkflow(clock).allowedTransitions(report, actor);
  }
}
