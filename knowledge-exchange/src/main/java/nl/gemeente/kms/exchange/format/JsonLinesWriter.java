package nl.gemeente.kms.exchange.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.QuestionAnswer;

/**
 * Writes articles as JSON Lines with the field names of the front matter (docs/article-format.md),
 * so the import reads what the export writes. Absent values are left out rather than written as null.
 */
public final class JsonLinesWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Writer out;

  public JsonLinesWriter(Writer out) {
    this.out = out;
  }

  public void write(ArticleRecord record) throws IOException {
    line(fields(record));
  }

  public void write(ExportedArticle article) throws IOException {
    Map<String, Object> fields = fields(article.current());
    put(fields, "state", article.state());
    List<Map<String, Object>> versions = new ArrayList<>();
    for (ExportedArticle.Version v : article.versions()) {
      Map<String, Object> version = new LinkedHashMap<>();
      put(version, "number", v.number());
      put(version, "state", v.state());
      put(version, "author", v.author());
      put(version, "reviewer", v.reviewer());
      put(version, "reviewComment", v.reviewComment());
      put(version, "createdAt", v.createdAt());
      put(version, "updatedAt", v.updatedAt());
      put(version, "liveFrom", v.liveFrom());
      put(version, "liveUntil", v.liveUntil());
      content(version, v.content());
      versions.add(version);
    }
    fields.put("versions", versions);
    if (article.audit() != null) {
      fields.put("audit", article.audit().stream().map(JsonLinesWriter::audit).toList());
    }
    line(fields);
  }

  private static Map<String, Object> fields(ArticleRecord r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    put(fields, "externalId", r.externalId());
    put(fields, "slug", r.slug());
    put(fields, "department", r.department());
    put(fields, "audience", r.audience());
    fields.put("topics", r.topics());
    put(fields, "sourceUrl", r.sourceUrl());
    put(fields, "demoState", r.demoState());
    content(fields, r.content());
    return fields;
  }

  private static void content(Map<String, Object> fields, ArticleContent c) {
    put(fields, "title", c.title());
    put(fields, "shortAnswer", c.shortAnswer());
    put(fields, "body", c.body());
    fields.put("keywords", c.keywords());
    fields.put("questionAnswers", c.questionAnswers().stream().map(JsonLinesWriter::questionAnswer).toList());
    put(fields, "changeSummary", c.changeSummary());
    put(fields, "changeLevel", c.changeLevel());
    put(fields, "validFrom", c.validFrom());
    put(fields, "validUntil", c.validUntil());
  }

  private static Map<String, Object> questionAnswer(QuestionAnswer qa) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("question", qa.question());
    map.put("answer", qa.answer());
    return map;
  }

  private static Map<String, Object> audit(ExportedArticle.AuditLine a) {
    Map<String, Object> map = new LinkedHashMap<>();
    put(map, "occurredAt", a.occurredAt());
    put(map, "actor", a.actor());
    put(map, "action", a.action());
    put(map, "version", a.version());
    put(map, "fromState", a.fromState());
    put(map, "toState", a.toState());
    put(map, "remark", a.remark());
    return map;
  }

  // dates, instants and enums as their ISO / name text, the way the readers expect them
  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value instanceof Number ? value : value.toString());
    }
  }

  private void line(Map<String, Object> fields) throws IOException {
    try {
      out.write(JSON.writeValueAsString(fields));
      out.write('\n');
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
