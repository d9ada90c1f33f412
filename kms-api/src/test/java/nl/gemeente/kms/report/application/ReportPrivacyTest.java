package nl.gemeente.kms.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import nl.gemeente.kms.workflow.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPrivacyTest {

  @ParameterizedTest
  @ValueSource(strings = {"mevrouw met bsn 111222333 belde", "BSN: 123 456 782", "nummer 999999990."})
  void aCitizenServiceNumberIsRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> ReportPrivacy.refuseBsn("description", text))
        .isInstanceOfSatisfying(RuleViolation.class, v -> {
          assertThat(v.field()).isEqualTo("description");
          assertThat(v.rule()).isEqualTo("contains-bsn");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"aanslagnummer 123456789", "tarief € 87,45 in 2026", "zaaknummer 111222334", ""})
  void numbersFailingTheElevenTestPass(String text) {
    assertThatNoException().isThrownBy(() -> ReportPrivacy.refuseBsn("quote", text));
    assertThatNoException().isThrownBy(() -> ReportPrivacy.refuseBsn("quote", null));
  }

  @Test
  void mailAndPhoneAreWarnedAboutNotRefused() {
    assertThat(ReportPrivacy.warnings("description", "mail jan@example.nl of bel 06-12345678"))
        .extracting(ReportPrivacy.Warning::rule)
        .containsExactly("contains-email", "contains-phone");
    assertThat(ReportPrivacy.warnings("quote", "Het loket is open van 9 tot 17 uur.")).isEmpty();
    assertThat(ReportPrivacy.warnings("quote", null)).isEmpty();
  }
}
