package nl.gemeente.kms.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.Role;
import nl.gemeente.kms.workflow.report.Quote;
import nl.gemeente.kms.workflow.report.ReportCategory;
import nl.gemeente.kms.workflow.report.ReportFilingRules.Filing;
import nl.gemeente.kms.workflow.report.ReportOutcome;
import nl.gemeente.kms.workflow.report.ReportWorkflow;
import nl.gemeente.kms.workflow.report.Resolution;
import nl.gemeente.kms.workflow.report.ResolutionKind;
import org.junit.jupiter.api.Test;

/** The events carry everything the notification glue needs: who to tell, what to say, where to link. */
class ReportEventsTest {

  private static final Instant FILED = Instant.parse("2026-06-10T09:00:00Z");
  private static final Actor BEA = new Actor("bea", Set.of(Role.EDITOR), Set.of("burgerzaken"));
  private static final Actor KARIN = new Actor("karin", Set.of(Role.KNOWLEDGE_MANAGER), Set.of());
  private static final Actor ANNA = new Actor("anna", Set.of(Role.AGENT), Set.of());
  private final ReportWorkflow workflow =
      new ReportWorkflow(Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC));

  private final InconsistencyReport report =
      new InconsistencyReport(
          new InconsistencyReport.ReportedVersion(42, 1, "bert", "burgerzaken"),
          new Filing(ReportCategory.OUTDATED, null, new Quote("€ 87,45", 10, 17), "Tarief is verhoogd."),
          "anna",
          FILED) {
        @Override
        public Long id() {
          return 7L;
        }
      };

  @Test
  void filingTellsTheDepartmentAndTheVersionAuthor() {
    ReportFiled filed = ReportEvents.filed(report, "Paspoort aanvragen");
    assertThat(filed.department()).isEqualTo("burgerzaken");
    assertThat(filed.versionAuthor()).isEqualTo("bert");
    assertThat(filed.reporter()).isEqualTo("anna");
    assertThat(filed.link()).isEqualTo("/api/reports/7");
    assertThat(filed.text()).contains("'Paspoort aanvragen'", "versie 1", "verouderd");
  }

  @Test
  void triageAndAFixTellTheReporterWhoHasItAndWhereTheChangeIs() {
    ReportOutcome triaged = workflow.triage(report, KARIN, BEA, null);
    report.triage(triaged, "bea");
    ReportEvent onTriage = ReportEvents.of(report, triaged, "Paspoort aanvragen", new ReportEvents.Before("burgerzaken", null));
    assertThat(onTriage).isInstanceOfSatisfying(ReportTriaged.class, e -> {
      assertThat(e.reporter()).isEqualTo("anna");
      assertThat(e.assignee()).isEqualTo("bea");
      assertThat(e.actor()).isEqualTo("karin");
      assertThat(e.text()).contains("bea");
    });

    ReportOutcome started = workflow.start(report, BEA);
    report.startWork(started);
    var fix = new Resolution.FixedBy(42, 3, FILED.plusSeconds(3600));
    ReportOutcome resolved = workflow.resolve(report, BEA, fix);
    report.resolve(resolved, fix);
    ReportEvent onResolve = ReportEvents.of(report, resolved, "Paspoort aanvragen", new ReportEvents.Before("burgerzaken", "bea"));
    assertThat(onResolve).isInstanceOfSatisfying(ReportResolved.class, e -> {
      assertThat(e.resolution()).isEqualTo(ResolutionKind.FIXED);
      assertThat(e.fixedInVersion()).isEqualTo(3);
      assertThat(e.diffLink()).isEqualTo("/api/articles/42/diff?from=1&to=3");
      assertThat(e.reportDiffLink()).isEqualTo("/api/reports/7/diff");
      assertThat(e.text()).contains("versie 3", e.reportDiffLink());
    });
  }

  @Test
  void aReopenNamesThePreviousAssigneeAndTheReportersWords() {
    ReportOutcome rejected = workflow.reject(report, BEA, "Het tarief klopt nog.");
    report.reject(rejected);
    assertThat(ReportEvents.of(report, rejected, "Paspoort", new ReportEvents.Before("burgerzaken", null)))
        .isInstanceOfSatisfying(ReportRejected.class, e -> assertThat(e.reason()).isEqualTo("Het tarief klopt nog."));
    ReportOutcome reopened = workflow.reopen(report, ANNA, "Zie de rijksoverheid.");
    report.reopen(reopened);
    assertThat(ReportEvents.of(report, reopened, "Paspoort", new ReportEvents.Before("burgerzaken", "bea")))
        .isInstanceOfSatisfying(ReportReopened.class, e -> {
          assertThat(e.comment()).isEqualTo("Zie de rijksoverheid.");
          assertThat(e.previousAssignee()).isEqualTo("bea");
          assertThat(e.assignee()).isNull();
        });
  }

  @Test
  void auditActionsArePastTenseWithTheReportPrefix() {
    assertThat(ReportService.auditAction(workflow.reject(report, BEA, "nee"))).isEqualTo("REPORT_REJECTED");
    assertThat(ReportService.auditAction(workflow.triage(report, BEA, BEA, null))).isEqualTo("REPORT_TRIAGED");
  }
}
