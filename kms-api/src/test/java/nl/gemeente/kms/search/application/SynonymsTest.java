package nl.gemeente.kms.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

  private static final List<List<String>> RULES = List.of(
      List.of("ID-kaart", "identiteitskaart"),
      List.of("kwijt", "verloren", "gestolen"),
      List.of("WOZ", "waardering onroerende zaken"));

  @Test
  void rewritesEachWordThatARuleNames() {
    assertThat(Synonyms.alternatives("ID-kaart kwijt", RULES)).containsExactly(
        "identiteitskaart kwijt", "id kaart verloren", "id kaart gestolen");
  }

  @Test
  void matchesWholeWordsOnlyWhateverTheCaseAccentsOrPunctuation() {
    assertThat(Synonyms.alternatives("Wóz-beschikking?", RULES))
        .containsExactly("waardering onroerende zaken beschikking");
    assertThat(Synonyms.alternatives("kwijtschelding", RULES)).isEmpty();
  }

  @Test
  void aRuleOfSeveralWordsMatchesThemTogether() {
    assertThat(Synonyms.alternatives("waardering onroerende zaken bezwaar", RULES)).containsExactly("woz bezwaar");
  }

  @Test
  void givesAtMostTenWordings() {
    List<List<String>> many = List.of(List.of("a", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11"));
    assertThat(Synonyms.alternatives("a", many)).hasSize(10);
  }
}
