package nl.gemeente.kms.exchange.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.exchange.format.ReadOptions;
import nl.gemeente.kms.exchange.format.RecordReader;
import nl.gemeente.kms.exchange.report.DryRun;
import nl.gemeente.kms.exchange.report.RecordValidator;
import nl.gemeente.kms.exchange.report.ValidationReport;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  @Test
  void theSameSeedGivesTheSameCorpusLineForLine() throws IOException {
    assertThat(generate(42, 500)).isEqualTo(generate(42, 500));
    assertThat(generate(43, 500)).isNotEqualTo(generate(42, 500));
  }

  @Test
  void writesExactlyNValidArticlesWithUniqueIdsAndSlugs() throws IOException {
    String corpus = generate(7, 2_000);
    assertThat(corpus.lines()).hasSize(2_000);
    try (RecordReader reader = ExchangeFormat.JSON_LINES.open(
        new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)), "corpus.jsonl", ReadOptions.defaults())) {
      ValidationReport report = DryRun.of(reader, new RecordValidator(RecordValidator.STANDARD_DEPARTMENTS), 20);
      assertThat(report.problems()).isEmpty();
      assertThat(report.valid()).isEqualTo(2_000);
    }
  }

  @Test
  void anArticleDependsOnlyOnSeedAndNumberSoItCanBeRegeneratedAlone() throws IOException {
    var generator = new CorpusGenerator(42);
    assertThat(generate(42, 300).lines().skip(299).findFirst().orElseThrow()).contains("\"externalId\":\"corpus-16-300\"");
    assertThat(generator.article(300)).isEqualTo(new CorpusGenerator(42).article(300));
    assertThat(generator.article(300).content().body()).contains("## Kosten").contains("| Onderdeel | Bedrag |");
  }

  @Test
  void refusesMoreThanAMillion() {
    assertThatThrownBy(() -> new CorpusGenerator(1).write(1_000_001, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String generate(long seed, long count) throws IOException {
    StringWriter out = new StringWriter();
    new CorpusGenerator(seed).write(count, out);
    return out.toString();
  }
}
