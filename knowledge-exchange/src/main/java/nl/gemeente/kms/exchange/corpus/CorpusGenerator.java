package nl.gemeente.kms.exchange.corpus;

import static nl.gemeente.kms.exchange.corpus.MunicipalVocabulary.ACTIONS;
import static nl.gemeente.kms.exchange.corpus.MunicipalVocabulary.CHANNELS;
import static nl.gemeente.kms.exchange.corpus.MunicipalVocabulary.CONDITIONS;
import static nl.gemeente.kms.exchange.corpus.MunicipalVocabulary.DEPARTMENTS;
import static nl.gemeente.kms.exchange.corpus.MunicipalVocabulary.DOCUMENTS;
import static nl.gemeente.kms.exchange.corpus.MunicipalVocabulary.DURATIONS;
import static nl.gemeente.kms.exchange.corpus.MunicipalVocabulary.NOTES;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.JsonLinesWriter;
import nl.gemeente.kms.exchange.format.Slug;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.QuestionAnswer;

/**
 * Generates article {@code n} of the corpus for a seed, as a record in the import shape. Ids and
 * slugs carry the seed, so corpora of different seeds can be imported into one instance side by side.
 */
public final class CorpusGenerator {

  /** The most the benchmark needs; more would work, but nobody has checked how the search copes. */
  public static final long MAX_ARTICLES = 1_000_000;

  private static final String[] QUALIFIERS = {
    "", "", "", " voor ondernemers", " voor jongeren", " voor ouderen", " voor nieuwe inwoners", " in het centrum",
    " in Noord", " in de wijk Oost", " na overlijden", " met spoed"};

  private final long seed;
  private final String idPrefix;

  public CorpusGenerator(long seed) {
    this.seed = seed;
    this.idPrefix = "corpus-" + Long.toString(seed, 36).replace('-', 'm');
  }

  /** Writes articles 1..count as JSON Lines; memory use does not grow with count. */
  public void write(long count, Writer out) throws IOException {
    if (count < 0 || count > MAX_ARTICLES) {
      throw new IllegalArgumentException("count must be 0.." + MAX_ARTICLES + ", not " + count);
    }
    JsonLinesWriter lines = new JsonLinesWriter(out);
    for (long n = 1; n <= count; n++) {
      lines.write(article(n));
    }
    out.flush();
  }

  public ArticleRecord article(long n) {
    SplitMix64 random = SplitMix64.forArticle(seed, n);
    MunicipalVocabulary.Department department = random.pick(DEPARTMENTS);
    MunicipalVocabulary.Product product = random.pick(department.products());
    String[] action = random.pick(ACTIONS);
    String title = product.name() + " " + action[0] + random.pick(QUALIFIERS);
    String subject = product.withArticle();
    String channel = random.pick(CHANNELS);
    String duration = random.pick(DURATIONS);
    String shortAnswer = "De inwoner " + action[1] + " " + subject + (action[2].isEmpty() ? "" : " " + action[2]) + " "
        + channel + ". " + capital(random.pick(CONDITIONS)[0]) + ". De afhandeling duurt " + duration + ".";
    var content = new ArticleContent(title, shortAnswer, body(random, product, channel), keywords(product, action),
        questionAnswers(random, subject, action, duration), "Gegenereerde testinhoud", ChangeLevel.MINOR, null, null);
    Audience audience = random.chance(80) ? Audience.PUBLIC : Audience.INTERNAL;
    String slug = Slug.of(title) + "-" + idPrefix.substring("corpus-".length()) + "-" + n;
    return new ArticleRecord(idPrefix + "-" + n, slug, department.code(), audience, List.of(product.topic()), null, null, content);
  }

  private static String body(SplitMix64 random, MunicipalVocabulary.Product product, String channel) {
    StringBuilder b = new StringBuilder("## Wat moet de inwoner doen?\n\n");
    b.append("1. Controleren of ").append(random.pick(CONDITIONS)[1]).append(".\n");
    b.append("2. ").append(capital(product.withArticle())).append(" regelen ").append(channel).append(".\n");
    b.append("3. Wachten op de bevestiging per brief of in de Berichtenbox.\n\n");
    b.append("## Wat neemt de inwoner mee?\n\n");
    for (String document : distinct(random, DOCUMENTS, 1 + random.nextInt(3))) {
      b.append("- ").append(document).append('\n');
    }
    int euros = 10 + random.nextInt(140);
    int cents = random.nextInt(100);
    b.append("\n## Kosten\n\n| Onderdeel | Bedrag |\n|---|---|\n| ").append(product.name()).append(" | € ")
        .append(euros).append(',').append(String.format(Locale.ROOT, "%02d", cents)).append(" |\n");
    if (random.chance(30)) {
      b.append("| Spoedtoeslag | € ").append(20 + random.nextInt(40)).append(",00 |\n");
    }
    b.append("\n## Let op\n\n").append(random.pick(NOTES)).append('\n');
    return b.toString();
  }

  private static List<String> keywords(MunicipalVocabulary.Product product, String[] action) {
    var keywords = new LinkedHashSet<>(List.of(product.keywords()));
    keywords.add(action[0]);
    return List.copyOf(keywords);
  }

  private static List<QuestionAnswer> questionAnswers(SplitMix64 random, String subject, String[] action, String duration) {
    List<QuestionAnswer> qas = new ArrayList<>();
    if (random.chance(60)) {
      qas.add(new QuestionAnswer("Hoe lang duurt het voordat " + subject + " geregeld is?", "Reken op " + duration + "."));
    }
    if (random.chance(40)) {
      qas.add(new QuestionAnswer("Kan iemand anders " + subject + " voor mij " + action[0] + "?",
          "Ja, met een schriftelijke machtiging en een kopie van het identiteitsbewijs van de inwoner."));
    }
    return qas;
  }

  private static List<String> distinct(SplitMix64 random, String[] options, int count) {
    var chosen = new LinkedHashSet<String>();
    while (chosen.size() < count) {
      chosen.add(random.pick(options));
    }
    return List.copyOf(chosen);
  }

  private static String capital(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
