package nl.gemeente.kms.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990", "111 222 333", "111.222.333"})
  void ninedigitNumbersPassingTheElevenTestAreBsns(String number) {
    assertThat(PersonalData.isBsn(number)).isTrue();
    assertThat(PersonalData.containsBsn("bsn " + number + " van mevrouw")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567890"})
  void otherNumbersAreNot(String number) {
    assertThat(PersonalData.containsBsn("nummer " + number)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Haar BSN is 111222333.", "BSN 111222333, geboren 1980", "(111222333)"})
  void aBsnAtTheEndOfASentenceOrInBracketsIsStillOne(String text) {
    assertThat(PersonalData.containsBsn(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bedrag 111222333,50", "totaal 1.111222333", "code 1111222333", "111222333.5 m2"})
  void nineDigitsInsideALongerNumberOrAmountAreNot(String text) {
    assertThat(PersonalData.containsBsn(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "paspoort 111222333 kwijt|paspoort [BSN] kwijt",
        "mail naar jan.jansen@example.nl over afval|mail naar [e-mail] over afval",
        "terugbellen 06-12345678 grofvuil|terugbellen [telefoon] grofvuil",
        "bel +31 6 12345678|bel [telefoon]",
        "nummer 010-1234567 werkt niet|nummer [telefoon] werkt niet",
        "leges € 84,95 voor 2026|leges € 84,95 voor 2026",
        "aanslagnummer 123456789|aanslagnummer 123456789"
      })
  void masksCitizenDataAndLeavesTheRest(String text, String masked) {
    assertThat(PersonalData.mask(text)).isEqualTo(masked);
  }

  @Test
  void detectsEmailAndPhoneForWarnings() {
    assertThat(PersonalData.containsEmail("schrijf naar info@vlietstad.nl")).isTrue();
    assertThat(PersonalData.containsPhoneNumber("bel 0612345678")).isTrue();
    assertThat(PersonalData.containsPhoneNumber("artikel 2026 versie 3")).isFalse();
  }
}
