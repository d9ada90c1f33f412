package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The editorial journey in a real browser: an editor writes an article with the server's live
 * preview and submits it, a colleague reviews and publishes it, and an agent finds it with a
 * misspelled query using only the keyboard. Each screen is checked with axe-core and saved as a
 * screenshot.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialJourneyBrowserIT {

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
  void anArticleWrittenInTheBrowserIsReviewedPublishedAndFoundByAnAgent() {
    String token = "Hondenpenning" + System.nanoTime();
    String title = token + " aanvragen";

    browser.open("/");
    browser.waitFor(By.name("username"));
    browser.assertAccessible("login");
    browser.screenshot("01-login");

    writeAndSubmit(title);
    reviewAndPublish(title, false);

    browser.login("anna.agent");
    assertThat(browser.focused().getAttribute("id")).as("search box focused on load").isEqualTo("kms-q");
    AgentSearch.findAndOpenWithKeyboard(browser, token.toLowerCase() + " aanvargen", title);
    browser.waitFor(By.cssSelector(".kms-reader .kms-article-body strong"));
    assertThat(browser.driver.findElement(By.cssSelector(".kms-short-answer")).getText()).contains("Kort antwoord");
    browser.assertAccessible("agent workspace with an article");
    Browser.publishToDocs(browser.screenshot("05-agent-workspace"), "agent-workspace.png");

    reportAProblem();
    browser.press(Keys.ESCAPE);
    browser.waitFor(By.id("kms-q"));
    assertThat(browser.focused().getAttribute("id")).as("Esc goes back to the search box").isEqualTo("kms-q");
    // the same search again, now that the server and the index are warm (the query is selected: typing replaces it)
    AgentSearch.search(browser, token.toLowerCase() + " aanvargen", title);
  }

  @Test
  void aNewVersionIsReviewedWithTheDiffAndTheAgentSeesWhatChanged() {
    String title = "Parkeervergunning" + System.nanoTime() + " verlengen";
    long id = Articles.publish(Api.as("bert.burgerzaken"), Api.as("bea.burgerzaken"), "burgerzaken", title,
        "De leges zijn € 12.\n\nVerlengen kan online.");
    browser.login("anna.agent");
    browser.open("/#/artikel/" + id);
    browser.waitForText(By.id("kms-article-title"), title);
    browser.logout();

    browser.login("bert.burgerzaken");
    browser.waitFor(By.cssSelector("button[aria-label='Nieuwe versie maken: " + title + "']")).click();
    browser.heading1("versie 2 bewerken");
    browser.replaceText(By.name("body"), "De leges zijn € 15.\n\nVerlengen kan online of aan de balie.");
    browser.replaceText(By.name("changeSummary"), "Leges verhoogd naar 15 euro");
    browser.waitForText(By.cssSelector(".kms-markdown__preview"), "€ 15");
    browser.button("Opslaan").click();
    browser.waitForText(By.cssSelector("main"), "Opgeslagen.");
    editBehindTheEditorsBack(id);
    browser.replaceText(By.name("title"), title + " (bert)");
    browser.button("Opslaan").click();
    browser.waitForText(By.cssSelector("main"), "Iemand anders heeft deze versie intussen gewijzigd");
    browser.screenshot("06-editor-stale-version");
    browser.button("Nieuwste versie laden").click();
    browser.waitForText(By.cssSelector(".kms-markdown__preview"), "aan de balie");
    browser.button("Indienen voor review").click();
    browser.waitForText(By.cssSelector("main"), "Gelukt: de versie is nu ter review.");
    browser.logout();

    reviewAndPublish(title, true);

    browser.login("anna.agent");
    browser.open("/#/artikel/" + id);
    browser.waitForText(By.cssSelector(".kms-changed"), "Leges verhoogd naar 15 euro");
    browser.assertAccessible("agent article with what changed");
    browser.screenshot("09-agent-what-changed");
  }

  @Test
  void theKnowledgeManagerAndTheAgentScreensWorkAt200PercentZoom() {
    browser.login("karin.km");
    browser.heading1("Kennisbeheer");
    browser.waitFor(By.xpath("//h2[normalize-space()='Leesbevestigingen van inhoudelijke wijzigingen']"));
    browser.waitFor(By.cssSelector(".kms-figure"));
    browser.assertAccessible("knowledge manager workspace");
    browser.screenshot("10-knowledge-manager");
    browser.logout();

    browser.login("anna.agent");
    browser.zoom200();
    AgentSearch.findAndOpenWithKeyboard(browser, "paspoort aanvargen", "Paspoort aanvragen");
    Path zoomed = browser.screenshot("11-agent-article-200-percent");
    assertThat(zoomed).exists();
    Number overflow = (Number) browser.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).as("no horizontal scrolling at 200% zoom").isLessThanOrEqualTo(0);
    browser.assertAccessible("agent article at 200% zoom");
    browser.press(Keys.ESCAPE);
    AgentSearch.followSpellingSuggestion(browser, "psaboort", "paspoort", "Paspoort aanvragen");
  }

  private void writeAndSubmit(String title) {
    browser.login("bert.burgerzaken");
    browser.heading1("Redactie");
    browser.assertAccessible("editor workspace");
    browser.screenshot("02-editor-workspace");
    browser.waitFor(By.linkText("Nieuw artikel")).click();
    browser.heading1("Nieuw artikel");
    browser.waitFor(By.name("title")).sendKeys(title);
    browser.driver.findElement(By.name("shortAnswer")).sendKeys("Kort antwoord: een hondenpenning vraagt de inwoner online aan.");
    browser.driver.findElement(By.name("body")).sendKeys(
        "## Wat neemt de inwoner mee?\n\n- een **pasfoto** van de hond\n- het chipnummer\n\n"
            + "| Kosten | Bedrag |\n|---|---|\n| penning | € 12,50 |\n");
    browser.driver.findElement(By.name("keywords")).sendKeys("hond, penning");
    browser.driver.findElement(By.name("changeSummary")).sendKeys("Eerste versie");
    browser.waitForText(By.cssSelector(".kms-markdown__preview strong"), "pasfoto");
    assertThat(browser.driver.findElements(By.cssSelector(".kms-markdown__preview table"))).hasSize(1);
    browser.assertAccessible("article editor with live preview");
    browser.script("document.querySelector('.kms-markdown').scrollIntoView()");
    browser.screenshot("03-article-editor");
    browser.button("Opslaan").click();
    browser.waitForText(By.cssSelector("main"), "Artikel aangemaakt als concept.");
    browser.button("Indienen voor review").click();
    browser.waitForText(By.cssSelector("main"), "Gelukt: de versie is nu ter review.");
    browser.logout();
  }

  private void reviewAndPublish(String title, boolean withDiff) {
    browser.login("bea.burgerzaken");
    browser.heading1("Redactie");
    browser.waitFor(By.xpath("//section[.//h3[starts-with(normalize-space(), 'Ter review')]]//a[normalize-space()='"
        + title + "']")).click();
    browser.heading1("beoordelen");
    if (withDiff) {
      browser.waitFor(By.cssSelector(".kms-diff__table ins.kms-ins"));
      assertThat(browser.driver.findElement(By.cssSelector(".kms-diff__table")).getText()).contains("aan de balie");
      browser.assertAccessible("review with side-by-side diff");
      browser.screenshot("08-review-diff");
    } else {
      browser.waitForText(By.cssSelector("main"), "Dit is de eerste versie");
      browser.assertAccessible("review of a first version");
      browser.screenshot("04-review-first-version");
    }
    browser.button("Goedkeuren").click();
    browser.waitForText(By.cssSelector("main"), "Gelukt: de versie is nu goedgekeurd.");
    browser.button("Publiceren").click();
    browser.waitForText(By.cssSelector("main"), "Gelukt: de versie is nu gepubliceerd.");
    browser.logout();
  }

  /** A colleague saves the same draft through the API while the editor still has the old ETag. */
  private static void editBehindTheEditorsBack(long id) {
    Api bea = Api.as("bea.burgerzaken");
    Api.Response current = bea.get("/api/articles/" + id + "/versions/2");
    ObjectNode content = Articles.content(current.body().get("title").asText(),
        "De leges zijn € 15.\n\nVerlengen kan online of aan de balie.");
    content.put("changeSummary", "Leges verhoogd naar 15 euro");
    Articles.expect(bea.put("/api/articles/" + id + "/versions/2", content, current.header("ETag").orElseThrow()), 200);
  }

  private void reportAProblem() {
    browser.script("const p = document.querySelector('.kms-reader .kms-article-body li');"
        + "const r = document.createRange(); r.selectNodeContents(p);"
        + "const s = document.getSelection(); s.removeAllRanges(); s.addRange(r);");
    browser.button("Probleem melden").click();
    browser.waitFor(By.cssSelector("dialog[open]"));
    assertThat(browser.driver.findElement(By.cssSelector("dialog blockquote")).getText()).contains("pasfoto");
    browser.type("Het chipnummer staat niet op de penning.");
    browser.driver.findElement(By.xpath("//label[normalize-space()='De informatie is onjuist']/input")).click();
    browser.button("Melding versturen").click();
    browser.waitForText(By.cssSelector("dialog"), "Uw melding is verstuurd");
    browser.assertAccessible("report-a-problem dialog");
    browser.screenshot("07-report-dialog");
    browser.press(Keys.ESCAPE);
    browser.waitFor(By.id("kms-article-title"));
    List<?> open = browser.driver.findElements(By.cssSelector("dialog[open]"));
    assertThat(open).isEmpty();
  }
}
