package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** How an agent finds an article: type in the search box, arrow down to the hit, Enter. Keyboard only. */
final class AgentSearch {

  private AgentSearch() {}

  static void findAndOpenWithKeyboard(Browser browser, String query, String title) {
    search(browser, query, title);
    browser.press(Keys.ARROW_DOWN);
    for (int i = 0; i < 20 && !browser.focused().getText().contains(title); i++) {
      browser.press(Keys.ARROW_DOWN);
    }
    assertThat(browser.focused().getText()).contains(title);
    browser.press(Keys.ENTER);
    browser.waitForText(By.id("kms-article-title"), title);
    assertThat(browser.focused().getAttribute("id")).as("focus moves to the opened article").isEqualTo("kms-article-title");
  }

  /** Types the query into the search box (focused with "/" if needed) and waits until the article is a hit. */
  static void search(Browser browser, String query, String title) {
    if (!"kms-q".equals(browser.focused().getAttribute("id"))) {
      browser.type("/");
    }
    int measuredBefore = measures(browser, "kms:search:keystroke-to-results").size();
    browser.type(query);
    waitForHit(browser, title);
    // earlier results may still be on screen: wait for the rendering of this query's results
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> measures(browser, "kms:search:keystroke-to-results").size() > measuredBefore);
    printKeystrokeToResults(browser);
  }

  /** A search that finds nothing offers the closest spelling as a button; following it finds the article. */
  static void followSpellingSuggestion(Browser browser, String misspelled, String suggestion, String title) {
    if (!"kms-q".equals(browser.focused().getAttribute("id"))) {
      browser.type("/");
    }
    browser.type(misspelled);
    By button = By.cssSelector("button.kms-did-you-mean__button");
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(button, suggestion));
    browser.driver.findElement(button).click();
    waitForHit(browser, title);
    assertThat(browser.driver.findElement(By.id("kms-q")).getAttribute("value")).isEqualTo(suggestion);
  }

  /** The article is indexed after its publication commits; if the first search was too early, search again. */
  private static void waitForHit(Browser browser, String title) {
    By hit = By.xpath("//a[contains(@class,'kms-hit')][.//span[contains(@class,'kms-hit__title') and normalize-space()='"
        + title + "']]");
    for (int attempt = 0; ; attempt++) {
      // retyping aborts the search in flight, so give each attempt longer: a loaded CI machine can be slow
      WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(4L + 4L * attempt));
      try {
        wait.until(ExpectedConditions.visibilityOfElementLocated(hit));
        return;
      } catch (TimeoutException notYet) {
        if (attempt == 6) {
          System.out.println("The search screen when giving up: " + browser.driver.findElement(By.cssSelector("main")).getText());
          browser.screenshot("search-not-found");
          throw notYet;
        }
        browser.type(Keys.SPACE, Keys.BACK_SPACE);
      }
    }
  }

  private static void printKeystrokeToResults(Browser browser) {
    List<Number> total = measures(browser, "kms:search:keystroke-to-results");
    List<Number> request = measures(browser, "kms:search:request");
    assertThat(total).as("the app measures keystroke-to-results").isNotEmpty();
    System.out.printf("Keystroke to results rendered: %.0f ms (150 ms debounce + search request %.0f ms + rendering)%n",
        last(total), request.isEmpty() ? Double.NaN : last(request));
  }

  @SuppressWarnings("unchecked")
  private static List<Number> measures(Browser browser, String name) {
    return (List<Number>) browser.script("return performance.getEntriesByName(arguments[0]).map(e => e.duration)", name);
  }

  private static double last(List<Number> values) {
    return values.get(values.size() - 1).doubleValue();
  }
}
