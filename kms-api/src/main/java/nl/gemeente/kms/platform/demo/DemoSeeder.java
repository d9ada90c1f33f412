package nl.gemeente.kms.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import nl.gemeente.kms.article.application.ArticleService;
import nl.gemeente.kms.identity.infrastructure.PasswordHashing;
import nl.gemeente.kms.schema.identity.Department;
import nl.gemeente.kms.schema.identity.UserAccount;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.Role;
import nl.gemeente.kms.workflow.Transition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes the demo departments, accounts and articles, through the same services editors use. */
@ApplicationScoped
public class DemoSeeder {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject PasswordHashing hashing;
  @Inject ArticleService articles;
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

  /** Publishes each demo article through the real workflow: author, second-person review, publish. */
  public int seedArticles() {
    int count = 0;
    for (DemoData.DemoArticle a : DemoData.ARTICLES) {
      Actor author = actor(DemoData.editorOf(a.department(), 0));
      Actor reviewer = actor(DemoData.editorOf(a.department(), 1));
      var content = new ArticleContent(a.title(), a.shortAnswer(), a.body(), a.keywords(),
          a.questionAnswers(), "Eerste versie", ChangeLevel.MAJOR, null, null);
      var article = articles.create(
          new ArticleService.NewArticle(null, a.department(), Audience.PUBLIC, Set.copyOf(a.topics()), content), author);
      articles.transition(article.id(), 1, Transition.SUBMIT, null, null, author);
      articles.transition(article.id(), 1, Transition.APPROVE, null, null, reviewer);
      articles.transition(article.id(), 1, Transition.PUBLISH, null, null, reviewer);
      count++;
    }
    return count;
  }

  private Actor actor(String username) {
    DemoData.Person p = DemoData.PEOPLE.stream().filter(x -> x.username().equals(username)).findFirst().orElseThrow();
    return new Actor(p.username(), p.roles(), p.departments());
  }
}
