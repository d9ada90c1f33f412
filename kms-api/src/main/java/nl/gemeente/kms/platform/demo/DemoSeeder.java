package nl.gemeente.kms.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.gemeente.kms.exchange.application.ArticleImporter;
import nl.gemeente.kms.exchange.application.ImportActors;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.identity.infrastructure.PasswordHashing;
import nl.gemeente.kms.schema.identity.Department;
import nl.gemeente.kms.schema.identity.UserAccount;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.EditorialWorkflow;
import nl.gemeente.kms.workflow.VersionState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the demo departments, accounts and articles, through the same services editors use: each
 * article goes through the importer, written by a demo editor of its department and reviewed by
 * the other, up to its {@code demoState}.
 */
@ApplicationScoped
public class DemoSeeder {

  private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject PasswordHashing hashing;
  @Inject ArticleImporter importer;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kms.demo.password", defaultValue = "Welkom-demo-2026")
  String password;

  @Transactional
  public boolean seedDirectoryIfEmpty() {
    if (em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0) {
      return false;
    }
    for (Department d : DemoData.DEPARTMENTS) {
      em.persist(d);
    }
    String hash = hashing.hash(password);
    for (DemoData.Person p : DemoData.PEOPLE) {
      UserAccount account = new UserAccount(p.username(), p.displayName(), hash, p.roles(), p.departments(), clock.instant());
      // the reserved .example domain: demo digests can never reach a real mailbox
      account.changeEmail(p.username() + "@gemeente.example");
      em.persist(account);
    }
    return true;
  }

  /** Each article in its own transaction; one that the workflow refuses is logged and left out. */
  public int seedArticles() {
    int count = 0;
    for (ArticleRecord record : DemoArticles.load()) {
      VersionState target = record.demoState() == null ? VersionState.PUBLISHED : record.demoState();
      try {
        importer.write(scheduledLater(record, target), target, EDITORS, "Demo-inhoud");
        count++;
      } catch (RuntimeException e) {
        LOG.warning("Demo article " + record.externalId() + " not loaded: " + e.getMessage());
      }
    }
    return count;
  }

  /** A scheduled demo version needs a valid-from after today, whenever the demo is started. */
  private ArticleRecord scheduledLater(ArticleRecord r, VersionState target) {
    LocalDate today = new EditorialWorkflow(clock).today();
    ArticleContent c = r.content();
    if (target != VersionState.SCHEDULED || (c.validFrom() != null && c.validFrom().isAfter(today))) {
      return r;
    }
    LocalDate from = today.plusWeeks(2);
    LocalDate until = c.validUntil() != null && c.validUntil().isAfter(from) ? c.validUntil() : null;
    return r.withContent(new ArticleContent(c.title(), c.shortAnswer(), c.body(), c.keywords(), c.questionAnswers(),
        c.changeSummary(), c.changeLevel(), from, until));
  }

  /** The first demo editor of the department writes; the second reviews. */
  private static final ImportActors EDITORS = new ImportActors() {
    @Override
    public Actor author(String department) {
      return actor(DemoData.editorOf(department, 0));
    }

    @Override
    public Actor reviewer(String department) {
      return actor(DemoData.editorOf(department, 1));
    }
  };

  private static Actor actor(String username) {
    DemoData.Person p = DemoData.PEOPLE.stream().filter(x -> x.username().equals(username)).findFirst().orElseThrow();
    return new Actor(p.username(), p.roles(), p.departments());
  }
}
