package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An employee signs on from the login page in a real browser, through Keycloak's own login form. */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private Browser browser;

  @BeforeAll
  static void identityProvider() {
    KeycloakForTests.ensureRunning();
  }

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theLoginPageOffersSingleSignOnAndItEndsInTheEditorsWorkspace() {
    browser.open("/");
    browser.waitFor(By.linkText("Inloggen met uw gemeente-account"));
    browser.assertAccessible("login with single sign-on");
    browser.screenshot("sso-01-login");

    browser.driver.findElement(By.linkText("Inloggen met uw gemeente-account")).click();
    browser.waitFor(By.id("username")).sendKeys("olga.redacteur");
    browser.driver.findElement(By.id("password")).sendKeys("Olga-sso-2026");
    browser.driver.findElement(By.id("kc-login")).click();

    browser.waitForText(By.cssSelector(".kms-header__user"), "olga.redacteur");
    assertThat(browser.driver.getCurrentUrl()).startsWith(Api.baseUrl());
    // an editor's workspace: the editor's navigation is there, as for a password login with that role
    assertThat(browser.driver.findElement(By.cssSelector(".kms-header")).getText()).contains("Redactie");
    browser.screenshot("sso-02-logged-in");
  }
}
