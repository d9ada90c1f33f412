package nl.gemeente.kms.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gemeente.kms.exchange.report.DryRun;
import nl.gemeente.kms.exchange.report.RecordValidator;
import nl.gemeente.kms.exchange.report.ValidationReport;
import nl.gemeente.kms.workflow.Audience;
import org.junit.jupiter.api.Test;

class VacCsvFormatTest {

  private static final String HEADER = "id,question,reference_answer,reference_answer_html,canonical,lastmodified,subjects,themes\n";

  @Test
  void mapsAQuestionAnswerRecordWithQuotedLineBreaks() throws IOException {
    String csv = HEADER + "abc-1,Hoe vraag ik een paspoort aan?,\"Op afspraak, bij de balie.\n\nNeem \"\"een pasfoto\"\" mee.\","
        + "<p>x</p>,https://www.rijksoverheid.nl/vraag/paspoort,2024-10-03T11:06:30.161Z,Paspoort en identiteitskaart|Reizen,"
        + "Migratie en reizen\n";

    List<ParsedRecord> records = read(csv, "burgerzaken");

    assertThat(records).singleElement().satisfies(parsed -> {
      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.location().line()).isEqualTo(2);
      ArticleRecord r = parsed.record().orElseThrow();
      assertThat(r.externalId()).isEqualTo("abc-1");
      assertThat(r.sourceUrl()).isEqualTo("https://www.rijksoverheid.nl/vraag/paspoort");
      assertThat(r.department()).isEqualTo("burgerzaken");
      assertThat(r.audience()).isEqualTo(Audience.PUBLIC);
      assertThat(r.slug()).isNull();
      assertThat(r.content().title()).isEqualTo("Hoe vraag ik een paspoort aan?");
      assertThat(r.content().shortAnswer()).isEqualTo("Op afspraak, bij de balie.");
      assertThat(r.content().body()).contains("Neem \"een pasfoto\" mee.").endsWith("(CC0)");
      assertThat(r.content().keywords()).containsExactly("Paspoort en identiteitskaart", "Reizen");
      assertThat(r.topics()).containsExactly("migratie en reizen");
    });
  }

  @Test
  void anUnclosedQuoteOrAMissingColumnIsReportedWithItsLine() throws IOException {
    String csv = HEADER + "a,Vraag,Antwoord,,https://x.nl,,,\n" + "b,Vraag,\"Antwoord zonder eind\n,,\n";
    List<ParsedRecord> records = read(csv, "wmo");
    assertThat(records).hasSize(2);
    assertThat(records.get(1).problems()).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo("vac.csv:3: error: file: a quoted field that starts on line 3 is never closed"));

    assertThat(read("id,question\n1,x\n", "wmo").get(0).problems().get(0).message()).contains("reference_answer");
  }

  @Test
  void theRealRijksoverheidFilesReadWithoutErrors() throws IOException {
    Path data = Path.of(System.getProperty("user.dir")).resolve("../../shared/data/rijksoverheid-vac");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(data), "shared data not present");
    long records = 0;
    for (String name : List.of("rijksoverheid_vacs_bzk.csv", "rijksoverheid_vacs_omgevingswet.csv")) {
      try (RecordReader reader = ExchangeFormat.VAC_CSV.open(data.resolve(name), ReadOptions.defaults().withDepartment("burgerzaken"))) {
        ValidationReport report = DryRun.of(reader, new RecordValidator(RecordValidator.STANDARD_DEPARTMENTS), 50);
        assertThat(report.problems()).isEmpty();
        records += report.valid();
      }
    }
    assertThat(records).isEqualTo(180);
  }

  private static List<ParsedRecord> read(String csv, String department) throws IOException {
    List<ParsedRecord> result = new ArrayList<>();
    InputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    try (RecordReader reader = ExchangeFormat.VAC_CSV.open(in, "vac.csv", ReadOptions.defaults().withDepartment(department))) {
      for (Optional<ParsedRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        result.add(r.get());
      }
    }
    return result;
  }
}
