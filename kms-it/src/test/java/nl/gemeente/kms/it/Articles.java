package nl.gemeente.kms.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Test data built through the API; each test owns its articles (unique titles and slugs). */
final class Articles {

  private Articles() {}

  static ObjectNode content(String title, String body) {
    ObjectNode c = Api.object();
    c.put("title", title);
    c.put("shortAnswer", "Kort antwoord voor " + title + ".");
    c.put("body", body);
    c.putArray("keywords").add("test");
    c.put("changeSummary", "test");
    c.put("changeLevel", "MAJOR");
    return c;
  }

  static ObjectNode create(String department, String title, String body) {
    ObjectNode request = Api.object();
    request.put("slug", "it-" + UUID.randomUUID().toString().substring(0, 8));
    request.put("department", department);
    request.put("audience", "PUBLIC");
    request.set("content", content(title, body));
    return request;
  }

  static long createDraft(Api editor, String department, String title, String body) {
    return createDraft(editor, create(department, title, body));
  }

  static long createDraft(Api editor, ObjectNode request) {
    Api.Response r = editor.post("/api/articles", request);
    if (r.status() != 201) {
      throw new IllegalStateException("create failed: " + r);
    }
    return r.body().get("id").asLong();
  }

  static Api.Response transition(Api who, long id, int version, String transition, String comment) {
    ObjectNode t = Api.object();
    t.put("transition", transition);
    if (comment != null) {
      t.put("comment", comment);
    }
    return who.post("/api/articles/" + id + "/versions/" + version + "/transitions", t);
  }

  /** Author submits, a second editor approves and publishes. */
  static long publish(Api author, Api reviewer, String department, String title, String body) {
    return publish(author, reviewer, create(department, title, body));
  }

  static long publish(Api author, Api reviewer, ObjectNode request) {
    long id = createDraft(author, request);
    expect(transition(author, id, 1, "SUBMIT", null), 200);
    expect(transition(reviewer, id, 1, "APPROVE", null), 200);
    expect(transition(reviewer, id, 1, "PUBLISH", null), 200);
    return id;
  }

  /** A new draft of an existing article with this content; returns its number. */
  static int newVersion(Api editor, long id, ObjectNode content) {
    Api.Response draft = expect(editor.post("/api/articles/" + id + "/versions", Api.object()), 201);
    int number = draft.body().get("number").asInt();
    expect(editor.put("/api/articles/" + id + "/versions/" + number, content, draft.header("ETag").orElseThrow()), 200);
    return number;
  }

  static void submitApprovePublish(Api author, Api reviewer, long id, int version) {
    expect(transition(author, id, version, "SUBMIT", null), 200);
    expect(transition(reviewer, id, version, "APPROVE", null), 200);
    expect(transition(reviewer, id, version, "PUBLISH", null), 200);
  }

  static Api.Response expect(Api.Response r, int status) {
    if (r.status() != status) {
      throw new AssertionError("expected " + status + " but got " + r);
    }
    return r;
  }
}
