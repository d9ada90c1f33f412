package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The loop between the agent's desk and the department in a real browser: a major publication
 * reaches an agent whose page is open (the bell rises without a reload), the agent reads and
 * confirms it and reports a quoted passage; the editor takes the report from the department queue
 * and resolves it with a new version; the agent is told. The knowledge manager's screens are
 * used too. Every screen is checked with axe-core and saved as a screenshot.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationAndReportBrowserIT {

  private static final String BODY = "De inwoner geeft de verhuizing **binnen vijf dagen** door.\n\nDat kan online of aan de balie.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aPublicationReachesAnOpenPageAndAReportOnItGoesToTheDepartmentAndBack() {
    String title = "Verhuizing" + System.nanoTime() + " doorgeven";
    Api bert = Api.as("bert.burgerzaken");
    Api bea = Api.as("bea.burgerzaken");

    Articles.expect(Api.as("anna.agent").post("/api/notifications/read-all", Api.object()), 200);
    browser.login("anna.agent");
    browser.waitFor(By.id("kms-q"));
    // the stream is connected before the publication, so the notice can only come through it
    browser.waitFor(By.cssSelector(".kms-bell__button[data-stream='open'][data-unread='0']"));
    int before = unread();
    long id = Articles.publish(bert, bea, "burgerzaken", title, BODY);
    // no reload: the event stream must raise the count on the open page
    new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> unread() > before);
    browser.screenshot("20-agent-bell-raised");

    browser.driver.findElement(By.cssSelector(".kms-bell__button")).click();
    browser.heading1("Berichten");
    browser.waitFor(By.xpath("//li[contains(@class,'kms-inbox__item')]//a[contains(normalize-space(), '" + title + "')]"));
    browser.assertAccessible("notification inbox");
    browser.screenshot("21-agent-inbox");
    browser.driver.findElement(By.xpath("//li[contains(@class,'kms-inbox__item')]//a[contains(normalize-space(), '"
        + title + "')]")).click();

    browser.waitForText(By.id("kms-article-title"), title);
    browser.waitFor(By.cssSelector(".kms-pending-confirmation"));
    browser.assertAccessible("article with a major change to confirm");
    browser.screenshot("22-agent-confirm-major-change");
    browser.button("Gelezen en begrepen").click();
    browser.waitForText(By.cssSelector(".kms-pending-confirmation"), "gelezen en begrepen");
    JsonNode confirmed = Inbox.one(Api.as("anna.agent"), id, "PUBLISHED", 1);
    assertThat(confirmed.get("confirmedAt").isNull()).as("confirmed through the browser").isFalse();

    fileReportOnQuotedPassage();
    JsonNode report = onlyReport(bert, id);
    assertThat(report.get("category").asText()).isEqualTo("OUTDATED");
    JsonNode quote = report.get("quote");
    assertThat(quote.get("text").asText()).isEqualTo("binnen vijf dagen** door");
    assertThat(BODY.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
    browser.logout();

    long reportId = report.get("id").asLong();
    resolveInTheDepartmentQueue(bert, bea, id, title, reportId);

    browser.login("anna.agent");
    new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> unread() > 0);
    browser.open("/#/berichten");
    browser.heading1("Berichten");
    new Select(browser.waitFor(By.xpath("//select[option[@value='REPORT']]"))).selectByValue("REPORT");
    browser.waitForText(By.cssSelector(".kms-inbox"), "Uw melding over \"" + title + "\" is bijgewerkt");
    browser.assertAccessible("inbox filtered on reports");
    browser.screenshot("26-agent-told-of-resolution");
    browser.button("Alles als gelezen markeren").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> unread() == 0);
  }

  @Test
  void theKnowledgeManagerRoutesAReportMarksADuplicateAndManagesSynonyms() {
    String title = "Hondenbelasting" + System.nanoTime() + " betalen";
    long id = Articles.publish(Api.as("bert.burgerzaken"), Api.as("bea.burgerzaken"), "burgerzaken", title, BODY);
    Api anna = Api.as("anna.agent");
    long first = Reports.file(anna, id, "Het bedrag klopt niet.");
    long second = Reports.file(Api.as("kees.agent"), id, "Het bedrag is fout.");

    // a search made in the browser reaches the analytics: type-ahead is not logged, the opened one is
    String token = title.split(" ")[0].toLowerCase();
    browser.login("anna.agent");
    AgentSearch.findAndOpenWithKeyboard(browser, token, title);
    browser.logout();

    browser.login("karin.km");
    browser.heading1("Kennisbeheer");
    browser.waitFor(By.xpath("//h2[normalize-space()='Leesbevestigingen van inhoudelijke wijzigingen']"));
    browser.waitFor(By.cssSelector(".kms-figure"));
    browser.assertAccessible("knowledge manager dashboard");
    browser.screenshot("30-km-dashboard");

    browser.driver.findElement(By.linkText("Alle meldingen")).click();
    new Select(browser.waitFor(By.xpath("//select[option[@value='IN_PROGRESS']]"))).selectByValue("OPEN");
    browser.waitFor(By.linkText("Melding " + second + ": " + title));
    browser.assertAccessible("all reports");
    browser.screenshot("31-km-all-reports");
    browser.driver.findElement(By.linkText("Melding " + second + ": " + title)).click();

    browser.button("Doorsturen naar andere afdeling").click();
    new Select(browser.waitFor(By.name("department"))).selectByValue("belastingen");
    browser.button("Bevestigen").click();
    browser.waitForText(By.cssSelector(".kms-facts"), "Belastingen en WOZ");
    browser.button("Markeren als dubbel").click();
    browser.replaceText(By.name("originalReportId"), String.valueOf(first));
    browser.button("Bevestigen").click();
    browser.waitForText(By.cssSelector(".kms-facts"), "dubbel");
    browser.assertAccessible("report routed and marked duplicate");
    browser.screenshot("32-km-report-duplicate");
    assertThat(Reports.get(Api.as("karin.km"), second).get("state").asText()).isEqualTo("DUPLICATE");

    browser.driver.findElement(By.linkText("Kennisbeheer")).click();
    browser.waitFor(By.linkText("Zoekstatistieken")).click();
    browser.waitFor(By.xpath("//caption[normalize-space()='Meest gezocht'] | //h3[normalize-space()='Meest gezocht']"));
    browser.waitForText(By.cssSelector("main"), token);
    browser.assertAccessible("search analytics");
    JsonNode top = Articles.expect(Api.as("karin.km").get("/api/search/analytics?days=1"), 200).body().get("top");
    JsonNode logged = null;
    for (JsonNode q : top) {
      if (q.get("query").asText().equals(token)) {
        logged = q;
      }
    }
    assertThat(logged).as("the opened search is in the analytics: " + top).isNotNull();
    // one, or two when the first settled search came before the article was indexed; type-ahead adds none
    assertThat(logged.get("searches").asLong()).as("type-ahead searches are not counted").isBetween(1L, 2L);
    assertThat(logged.get("clicks").asLong()).isEqualTo(1);
    browser.screenshot("33-km-search-analytics");

    browser.driver.findElement(By.linkText("Synoniemen")).click();
    String word = "kliko" + System.nanoTime();
    browser.waitFor(By.name("terms")).sendKeys(word);
    browser.button("Toevoegen").click();
    browser.waitFor(By.cssSelector("input[name='terms'][aria-invalid='true']"));
    browser.assertAccessible("synonym with a problem next to the field");
    browser.screenshot("34-km-synonym-problem");
    browser.driver.findElement(By.name("terms")).sendKeys(", container" + word);
    browser.button("Toevoegen").click();
    browser.waitForText(By.cssSelector(".kms-list"), word + ", container" + word);
    browser.assertAccessible("synonyms");
    browser.screenshot("35-km-synonyms");
    browser.waitFor(By.cssSelector("button[aria-label='Verwijder " + word + ", container" + word + "']")).click();
    browser.waitForText(By.cssSelector("main"), "Verwijderd: " + word);
    assertThat(browser.driver.findElement(By.cssSelector("main")).getText()).doesNotContain("container" + word + " (");
  }

  /** Selects part of the rendered body (bold text and a word after it) and reports it as outdated. */
  private void fileReportOnQuotedPassage() {
    browser.script("const p = document.querySelector('.kms-reader .kms-article-body p');"
        + "const strong = p.querySelector('strong'); const after = strong.nextSibling;"
        + "const r = document.createRange(); r.setStart(strong.firstChild, 0); r.setEnd(after, ' door'.length);"
        + "const s = document.getSelection(); s.removeAllRanges(); s.addRange(r);");
    browser.button("Probleem melden").click();
    browser.waitFor(By.cssSelector("dialog[open]"));
    assertThat(browser.driver.findElement(By.cssSelector("dialog blockquote")).getText()).isEqualTo("binnen vijf dagen door");
    browser.type("Het zijn nu vier weken.");
    browser.button("Melding versturen").click();
    browser.waitForText(By.cssSelector("dialog"), "Kies wat er aan de hand is.");
    browser.assertAccessible("report dialog with a problem");
    browser.driver.findElement(By.xpath("//label[normalize-space()='De informatie is verouderd']/input")).click();
    browser.button("Melding versturen").click();
    browser.waitForText(By.cssSelector("dialog"), "Uw melding is verstuurd");
    browser.screenshot("23-agent-report-sent");
    browser.button("Sluiten").click();
  }

  private void resolveInTheDepartmentQueue(Api bert, Api bea, long articleId, String title, long reportId) {
    browser.login("bert.burgerzaken");
    browser.driver.findElement(By.linkText("Meldingen")).click();
    browser.heading1("Meldingen over artikelen van mijn afdeling");
    browser.waitFor(By.linkText("Melding " + reportId + ": " + title));
    browser.assertAccessible("department report queue");
    browser.screenshot("24-editor-report-queue");
    browser.driver.findElement(By.linkText("Melding " + reportId + ": " + title)).click();
    browser.waitForText(By.cssSelector("blockquote"), "binnen vijf dagen");
    browser.button("Aan mij toewijzen").click();
    browser.button("In behandeling nemen").click();
    int fixed = Reports.publishNewVersion(bert, bea, articleId, title, BODY.replace("binnen vijf dagen", "binnen vier weken"));
    browser.button("Afhandelen").click();
    browser.button("Bevestigen").click();
    // no version given: the server's problem appears next to the field
    browser.waitFor(By.cssSelector("input[name='fixVersion'][aria-invalid='true']"));
    browser.assertAccessible("resolve form with a problem");
    browser.replaceText(By.name("fixVersion"), String.valueOf(fixed));
    browser.driver.findElement(By.name("comment")).sendKeys("Termijn aangepast.");
    browser.button("Bevestigen").click();
    browser.waitForText(By.cssSelector(".kms-facts"), "afgehandeld");
    browser.assertAccessible("resolved report");
    browser.screenshot("25-editor-report-resolved");
    browser.logout();
  }

  private static JsonNode onlyReport(Api editor, long articleId) {
    JsonNode queue = Articles.expect(editor.get("/api/reports?department=burgerzaken"), 200).body();
    for (JsonNode r : queue) {
      if (r.get("articleId").asLong() == articleId) {
        return r;
      }
    }
    throw new AssertionError("no report on article " + articleId + " in " + queue);
  }

  private int unread() {
    Object value = browser.script("const b = document.querySelector('.kms-bell__button');"
        + "return b ? Number(b.getAttribute('data-unread')) : -1;");
    return ((Number) value).intValue();
  }
}
