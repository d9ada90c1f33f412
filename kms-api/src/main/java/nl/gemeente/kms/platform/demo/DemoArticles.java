package nl.gemeente.kms.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.MarkdownArticleParser;
import nl.gemeente.kms.exchange.format.Slug;
import nl.gemeente.kms.exchange.report.RecordValidator;
import nl.gemeente.kms.schema.identity.Department;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.Audience;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.VersionState;

/**
 * The demo articles: every file listed in {@code demo/articles/index.txt} on the classpath (the
 * build writes that list, because an application server cannot reliably list a folder inside a
 * jar), read and validated as an import would; or, when there are none, the six built-in ones.
 */
final class DemoArticles {

  private static final Logger LOG = Logger.getLogger(DemoArticles.class.getName());
  private static final String FOLDER = "/demo/articles/";

  private DemoArticles() {}

  static List<ArticleRecord> load() {
    List<String> files = index();
    if (files.isEmpty()) {
      return builtIn();
    }
    Set<String> departments = DemoData.DEPARTMENTS.stream().map(Department::code).collect(Collectors.toSet());
    RecordValidator validator = new RecordValidator(departments);
    List<ArticleRecord> valid = new ArrayList<>();
    for (String file : files) {
      var checked = validator.check(MarkdownArticleParser.parse(file, read(FOLDER + file)));
      checked.problems().forEach(p -> LOG.warning("Demo article " + p));
      if (checked.verdict() == RecordValidator.Verdict.VALID) {
        valid.add(checked.parsed().record().orElseThrow());
      }
    }
    LOG.info(() -> "Demo articles: " + valid.size() + " of " + files.size() + " files are valid");
    return valid;
  }

  /** The file names in the index, sorted, so the demo database comes out the same every time. */
  static List<String> index() {
    try (InputStream in = DemoArticles.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(name -> name.endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = DemoArticles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("listed in the demo index but missing: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ArticleRecord> builtIn() {
    return DemoData.ARTICLES.stream().map(a -> new ArticleRecord(
        "demo-" + a.department() + "-" + Slug.of(a.title()), null, a.department(), Audience.PUBLIC, a.topics(), null,
        VersionState.PUBLISHED, new ArticleContent(a.title(), a.shortAnswer(), ArticleRecord.normalizeBody(a.body()),
            a.keywords(), a.questionAnswers(), "Eerste versie", ChangeLevel.MAJOR, null, null)))
        .toList();
  }
}
