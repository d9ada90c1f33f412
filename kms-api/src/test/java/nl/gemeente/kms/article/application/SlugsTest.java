package nl.gemeente.kms.article.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource({
    "Paspoort aanvragen (18+),paspoort-aanvragen-18",
    "Café-vergunning: terras,cafe-vergunning-terras",
    "  WOZ-waarde   bezwaar ,woz-waarde-bezwaar",
    "Één loket,een-loket"
  })
  void makesReadableUrlNames(String title, String slug) {
    assertThat(Slugs.of(title)).isEqualTo(slug);
  }
}
