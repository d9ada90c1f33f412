package nl.gemeente.kms.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.logging.Logger;
import nl.gemeente.kms.article.application.ArticleQueries;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.article.ArticleVersion;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.NotPermitted;
import nl.gemeente.kms.workflow.Role;
import nl.gemeente.kms.workflow.VersionState;
import nl.gemeente.kms.workflow.report.AgeBucket;
import nl.gemeente.kms.workflow.report.ReportFacts;
import nl.gemeente.kms.workflow.report.ReportStatistics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The knowledge manager's view of all queues: backlog by age, time to resolution, service-level
 * breaches, hot spots, how often reporters disagreed, and articles overdue for their periodic
 * review. The arithmetic is {@link ReportStatistics}; this class only gathers the facts.
 */
@ApplicationScoped
public class ReportDashboard {

  static final int DEFAULT_SLA_WORKING_DAYS = 5;
  private static final int HOT_SPOTS = 10;
  private static final Logger LOG = Logger.getLogger(ReportDashboard.class.getName());

  @Inject ReportRepository reports;
  @Inject ArticleRepository articles;
  @Inject ArticleQueries articleQueries;
  @Inject Clock clock;

  // KMS_REPORT_SLA_DAYS in the environment
  @Inject
  @ConfigProperty(name = "kms.report.sla.days", defaultValue = "5")
  int slaWorkingDays;

  /** The figures, with the titles of the articles they name (published title, else the latest). */
  public record Figures(Instant at, int slaWorkingDays, Map<String, Map<AgeBucket, Long>> openByDepartmentAndAge,
      OptionalDouble medianWorkingDaysToResolution, ReportStatistics.SlaBreaches slaBreaches,
      List<ReportStatistics.HotSpot> hotSpots, ReportStatistics.ReopenRate reopenRate,
      List<Article> overdueForReview, Map<Long, String> titles) {}

  /**
   * @param department only this department's reports and articles, or null for all
   * @param articleIds only these articles' reports and reviews, or empty for all
   */
  @Transactional
  public Figures figures(String department, Collection<Long> articleIds, Actor actor) {
    if (!actor.has(Role.KNOWLEDGE_MANAGER)) {
      throw new NotPermitted(actor.username(), "see the report dashboard", "requires KNOWLEDGE_MANAGER");
    }
    Instant now = clock.instant();
    List<ReportFacts> facts = reports.forStatistics(department, articleIds).stream().map(ReportDashboard::facts).toList();
    ReportStatistics statistics = new ReportStatistics(facts, now, EditorialWorkflow.ZONE);
    int sla = sla();
    List<ReportStatistics.HotSpot> hotSpots = statistics.hotSpots(HOT_SPOTS);
    List<Article> overdue = articleQueries.overdueForReview(actor).stream()
        .filter(a -> department == null || a.department().equals(department))
        .filter(a -> articleIds.isEmpty() || articleIds.contains(a.id()))
        .toList();
    Map<Long, String> titles = new HashMap<>();
    hotSpots.forEach(h -> articles.find(h.articleId()).ifPresent(a -> titles.put(a.id(), title(a))));
    overdue.forEach(a -> titles.put(a.id(), title(a)));
    return new Figures(now, sla, statistics.openByDepartmentAndAge(), statistics.medianWorkingDaysToResolution(),
        statistics.slaBreaches(sla), hotSpots, statistics.reopenRate(), overdue, Map.copyOf(titles));
  }

  /** A negative service level is a configuration mistake; the default keeps the dashboard working. */
  private int sla() {
    if (slaWorkingDays < 0) {
      LOG.warning("KMS_REPORT_SLA_DAYS must not be negative (" + slaWorkingDays + "); using " + DEFAULT_SLA_WORKING_DAYS);
      return DEFAULT_SLA_WORKING_DAYS;
    }
    return slaWorkingDays;
  }

  private static String title(Article article) {
    return article.versionInState(VersionState.PUBLISHED).or(article::latest).map(ArticleVersion::title).orElse("");
  }

  private static ReportFacts facts(InconsistencyReport r) {
    return new ReportFacts(r.id(), r.articleId(), r.department(), r.state(), r.filedAt(), r.closedAt().orElse(null),
        r.reopenCount());
  }
}
