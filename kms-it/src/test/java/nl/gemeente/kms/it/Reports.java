package nl.gemeente.kms.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reports built through the API, on articles the test itself created. */
final class Reports {

  private Reports() {}

  static ObjectNode filing(long articleId, int version, String category, String description) {
    ObjectNode r = Api.object();
    r.put("articleId", articleId);
    r.put("versionNumber", version);
    r.put("category", category);
    r.put("description", description);
    return r;
  }

  /** Quotes {@code passage} where it first occurs in {@code body}, as a browser selection would. */
  static ObjectNode quoting(ObjectNode filing, String body, String passage) {
    int start = body.indexOf(passage);
    if (start < 0) {
      throw new IllegalArgumentException(passage + " is not in the body");
    }
    return quote(filing, passage, start, start + passage.length());
  }

  static ObjectNode quote(ObjectNode filing, String text, int start, int end) {
    ObjectNode q = filing.putObject("quote");
    q.put("text", text);
    q.put("start", start);
    q.put("end", end);
    return filing;
  }

  static long file(Api reporter, ObjectNode filing) {
    return Articles.expect(reporter.post("/api/reports", filing), 201).body().get("report").get("id").asLong();
  }

  static long file(Api reporter, long articleId, String description) {
    return file(reporter, filing(articleId, 1, "INCORRECT", description));
  }

  static Api.Response step(Api who, long id, String step, Object... fieldsAndValues) {
    ObjectNode body = Api.object();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      Object value = fieldsAndValues[i + 1];
      if (value instanceof Number n) {
        body.put((String) fieldsAndValues[i], n.longValue());
      } else {
        body.put((String) fieldsAndValues[i], (String) value);
      }
    }
    return who.post("/api/reports/" + id + "/" + step, body);
  }

  static JsonNode get(Api who, long id) {
    return Articles.expect(who.get("/api/reports/" + id), 200).body();
  }

  static List<Long> ids(Api.Response list) {
    List<Long> ids = new ArrayList<>();
    Articles.expect(list, 200).body().forEach(r -> ids.add(r.get("id").asLong()));
    return ids;
  }

  /** Triage to {@code assignee} and start work, by an editor of the department. */
  static void takeOn(Api editor, long id, String assignee) {
    Articles.expect(step(editor, id, "triage", "assignee", assignee), 200);
    Articles.expect(step(editor, id, "start"), 200);
  }

  /** A new version of the article with {@code body}, written by {@code author} and published by {@code reviewer}. */
  static int publishNewVersion(Api author, Api reviewer, long articleId, String title, String body) {
    Api.Response draft = Articles.expect(author.post("/api/articles/" + articleId + "/versions", Api.object()), 201);
    int n = draft.body().get("number").asInt();
    Articles.expect(author.put("/api/articles/" + articleId + "/versions/" + n, Articles.content(title, body),
        draft.header("ETag").orElseThrow()), 200);
    Articles.expect(Articles.transition(author, articleId, n, "SUBMIT", null), 200);
    Articles.expect(Articles.transition(reviewer, articleId, n, "APPROVE", null), 200);
    Articles.expect(Articles.transition(reviewer, articleId, n, "PUBLISH", null), 200);
    return n;
  }
}
