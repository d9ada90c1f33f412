package nl.gemeente.kms.it;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.JsonLinesWriter;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.QuestionAnswer;

/** Import files built by the tests; every test uses its own prefix, so runs never meet. */
final class ImportRecords {

  private ImportRecords() {}

  static String prefix() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Four articles with something of everything the format holds. */
  static List<ArticleRecord> varied(String prefix, String department) {
    return List.of(
        record(prefix, "a", department, Audience.PUBLIC, List.of("afval", "ophalen"), "https://www.gemeente.nl/grofvuil",
            new ArticleContent("Grofvuil: \"laten ophalen\" #1", "Grofvuil haalt de gemeente op afspraak op, gratis tot 2 m³.",
                "## Hoe?\n\n1. Afspraak maken.\n2. Buiten zetten.\n\n| Wat | Kosten |\n|---|---|\n| 2 m³ | € 0 |",
                List.of("grofvuil", "no", "ja"), List.of(new QuestionAnswer("Mag een bank mee?", "Ja: tot 2 m³.\n\nDaarboven niet.")),
                "Eerste versie", ChangeLevel.MAJOR, null, LocalDate.of(2030, 12, 31))),
        record(prefix, "b", department, Audience.INTERNAL, List.of("intern"), null,
            new ArticleContent("Werkinstructie terugbellen", "Noteer het telefoonnummer en beloof terugbellen binnen 2 werkdagen.",
                "    ingesprongen regel aan het begin\n\nGewone tekst.", List.of(), List.of(), null, ChangeLevel.MINOR, null, null)),
        record(prefix, "c", department, Audience.PUBLIC, List.of(), null,
            new ArticleContent("Kort artikel", "Alleen een kort antwoord.", "", List.of("kort"), List.of(), "x",
                ChangeLevel.MINOR, LocalDate.of(2020, 1, 1), null)),
        record(prefix, "d", department, Audience.PUBLIC, List.of("één", "twee"), null,
            new ArticleContent("Café-terras & evenementen (2026)", "Een terras vraagt de ondernemer aan; ‘let op’ de termijn.",
                "Tekst met *nadruk* en een [link](https://www.gemeente.nl).", List.of("terras"), List.of(),
                "Eerste versie", ChangeLevel.MAJOR, null, null)));
  }

  static ArticleRecord simple(String prefix, String name, String department, String body) {
    return record(prefix, name, department, Audience.PUBLIC, List.of("test"), null, new ArticleContent(
        "Artikel " + prefix + " " + name, "Kort antwoord " + name + ".", body, List.of("test"), List.of(), "Eerste versie",
        ChangeLevel.MAJOR, null, null));
  }

  private static ArticleRecord record(String prefix, String name, String department, Audience audience, List<String> topics,
      String sourceUrl, ArticleContent content) {
    return new ArticleRecord(prefix + "-" + name, prefix + "-" + name, department, audience, topics, sourceUrl, null, content);
  }

  static byte[] jsonLines(List<ArticleRecord> records) {
    StringWriter out = new StringWriter();
    JsonLinesWriter writer = new JsonLinesWriter(out);
    try {
      for (ArticleRecord r : records) {
        writer.write(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
