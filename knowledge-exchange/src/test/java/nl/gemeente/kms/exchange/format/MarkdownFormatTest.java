package nl.gemeente.kms.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.kms.exchange.Fixtures;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.QuestionAnswer;
import nl.gemeente.kms.workflow.VersionState;
import org.junit.jupiter.api.Test;

class MarkdownFormatTest {

  @Test
  void readsTheFormatOfTheDocumentation() throws Exception {
    byte[] bytes = Files.readAllBytes(Fixtures.resource("fixtures/bad-folder/dubbel/paspoort-aanvragen.md"));
    ParsedRecord parsed = MarkdownArticleParser.parse("dubbel/paspoort-aanvragen.md", bytes);

    assertThat(parsed.problems()).isEmpty();
    ArticleRecord r = parsed.record().orElseThrow();
    assertThat(r.externalId()).isEqualTo("test-paspoort");
    assertThat(r.slug()).isEqualTo("paspoort-aanvragen");
    assertThat(r.department()).isEqualTo("burgerzaken");
    assertThat(r.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(r.topics()).containsExactly("reisdocumenten");
    assertThat(r.content().shortAnswer()).isEqualTo("Een paspoort vraagt de inwoner persoonlijk aan bij de balie, op afspraak.");
    assertThat(r.content().validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(r.content().changeLevel()).isEqualTo(ChangeLevel.MAJOR);
    assertThat(r.content().questionAnswers()).hasSize(1);
    assertThat(r.content().body()).startsWith("## Wat neemt de inwoner mee?").endsWith("- een pasfoto");
    assertThat(parsed.lines().of("body")).isEqualTo(16);
    assertThat(parsed.lines().of("questionAnswers[0].answer")).isEqualTo(12);
  }

  @Test
  void valuesThatYamlWouldTurnIntoBooleansOrDatesStayText() {
    String file = "---\nexternalId: 2026\ntitle: no\ndepartment: wmo\naudience: public\nkeywords: [yes, on, 1.5]\n"
        + "shortAnswer: 2026-13-45\ndemoState: scheduled\n---\n";
    ArticleRecord r = MarkdownArticleParser.parse("x.md", file.getBytes(StandardCharsets.UTF_8)).record().orElseThrow();
    assertThat(r.externalId()).isEqualTo("2026");
    assertThat(r.content().title()).isEqualTo("no");
    assertThat(r.content().keywords()).containsExactly("yes", "on", "1.5");
    assertThat(r.content().shortAnswer()).isEqualTo("2026-13-45");
    assertThat(r.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(r.demoState()).isEqualTo(VersionState.SCHEDULED);
  }

  @Test
  void refusesYamlThatWouldBuildObjectsAndDuplicateKeys() {
    String objects = "---\nexternalId: !!javax.script.ScriptEngineManager [x]\n---\n";
    assertThat(MarkdownArticleParser.parse("a.md", objects.getBytes(StandardCharsets.UTF_8)).problems())
        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("frontMatter"));
    String twice = "---\ntitle: een\ntitle: twee\n---\n";
    assertThat(MarkdownArticleParser.parse("b.md", twice.getBytes(StandardCharsets.UTF_8)).problems())
        .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
  }

  @Test
  void whatTheWriterWritesTheParserReadsBackUnchanged() {
    var content = new ArticleContent("Afval: \"grofvuil\" #1", "Ja: op afspraak.\nTweede regel.",
        "## Kop\n\n    code aan het begin\n\n| a | b |\n|---|---|\n| 1 | 2 |", List.of("yes", "null", "2026-01-01"),
        List.of(new QuestionAnswer("Mag het: ook zo?", "Ja - zeker.\n\nMet alinea.")), "Eerste versie",
        ChangeLevel.MINOR, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 1));
    var record = new ArticleRecord("ext-1", "afval-grofvuil", "afval", Audience.INTERNAL, List.of("afval", "ophalen"),
        "https://www.gemeente.nl/grofvuil", null, content);

    String file = MarkdownArticleWriter.write(record);
    ParsedRecord back = MarkdownArticleParser.parse("afval-grofvuil.md", file.getBytes(StandardCharsets.UTF_8));

    assertThat(back.problems()).isEmpty();
    assertThat(back.record()).contains(record);
    assertThat(file).startsWith("---\nexternalId: ext-1\ntitle: ").contains("topics: [afval, ophalen]\n");
  }
}
