package nl.gemeente.kms.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through ChromeDriver, as a person at a 1280×720 desk uses the
 * KMS: log in, type, press keys. Every screen can be checked with axe-core against WCAG 2.1 A/AA
 * and saved as a screenshot.
 */
final class Browser implements AutoCloseable {

  private static final String BASE = "http://localhost:" + Integer.getInteger("it.http.port", 9181);
  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

  final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  static Browser start() {
    // an explicit driver path keeps Selenium Manager from trying to download a driver or browser
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,720",
        "--lang=nl-NL");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    return new Browser(new ChromeDriver(service, options));
  }

  void open(String path) {
    driver.get(BASE + path);
  }

  void login(String username) {
    open("/");
    WebElement name = waitFor(By.name("username"));
    name.sendKeys(username);
    driver.findElement(By.name("password")).sendKeys(Api.DEMO_PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(By.cssSelector(".kms-header"));
  }

  void logout() {
    button("Uitloggen").click();
    waitFor(By.name("username"));
  }

  WebElement waitFor(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void waitForText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  WebElement button(String text) {
    return waitFor(By.xpath("//button[normalize-space()='" + text + "']"));
  }

  WebElement heading1(String text) {
    return waitFor(By.xpath("//h1[contains(normalize-space(), '" + text + "')]"));
  }

  /** Keys to whatever has focus, as typing does: no element is clicked first. */
  void type(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  void press(Keys key) {
    type(key);
  }

  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  void replaceText(By field, String text) {
    WebElement element = waitFor(field);
    element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    element.sendKeys(text);
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /** Fails the test on any WCAG 2.1 A or AA violation axe-core finds on the screen as it is now. */
  void assertAccessible(String screen) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    List<Rule> violations = results.getViolations();
    System.out.println("axe-core (WCAG 2.1 A/AA) on " + screen + ": " + violations.size() + " violations, "
        + results.getPasses().size() + " rules passed");
    if (!violations.isEmpty()) {
      String report = violations.stream()
          .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
              + v.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml()).collect(Collectors.joining("\n    ")))
          .collect(Collectors.joining("\n  "));
      throw new AssertionError("Accessibility violations on " + screen + ":\n  " + report);
    }
  }

  /** A screenshot of the screen in target/screenshots, a test artifact. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The screenshot the README shows; refreshed by each run so it never shows an old screen. */
  static void publishToDocs(Path screenshot, String name) {
    String docs = System.getProperty("it.docs.screenshots");
    if (docs == null) {
      return;
    }
    try {
      Files.createDirectories(Path.of(docs));
      Files.copy(screenshot, Path.of(docs, name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 200 % zoom of a 1280×720 screen: a 640×360 CSS viewport drawn at twice the pixel density. */
  void zoom200() {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 640, "height", 360, "deviceScaleFactor", 2, "mobile", false));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
