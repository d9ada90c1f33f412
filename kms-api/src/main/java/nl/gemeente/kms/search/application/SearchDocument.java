package nl.gemeente.kms.search.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.kms.schema.article.ArticleVersion;

/** What agents can find of one article: its currently valid published version, flattened. */
public record SearchDocument(
    long articleId,
    String slug,
    String department,
    String audience,
    List<String> topics,
    String externalId,
    int versionNumber,
    String title,
    String shortAnswer,
    String body,
    List<String> keywords,
    List<String> questions,
    LocalDate validFrom,
    LocalDate validUntil,
    Instant liveFrom) {

  public static SearchDocument of(ArticleVersion v) {
    var a = v.article();
    var content = v.content();
    return new SearchDocument(
        a.id(),
        a.slug(),
        a.department(),
        a.audience().name(),
        List.copyOf(a.topics()),
        a.externalId().orElse(null),
        v.number(),
        content.title(),
        content.shortAnswer(),
        content.body(),
        content.keywords(),
        content.questionAnswers().stream().map(qa -> qa.question()).toList(),
        content.validFrom(),
        content.validUntil(),
        v.liveFrom().orElse(null));
  }
}
