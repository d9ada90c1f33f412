package nl.gemeente.kms.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fresh data for each cell of the authorization matrix, built through the API by people outside
 * the columns under test: {@code bea.burgerzaken} writes, {@code karin.km} reviews and publishes,
 * {@code kees.agent} files reports. Every cell gets its own article, so a write in one cell never
 * changes what another cell sees.
 */
final class MatrixFixtures {

  private static final Map<String, Api> SESSIONS = new ConcurrentHashMap<>();

  /** An article id with the version a cell acts on and that version's ETag. */
  record Target(long id, int version, String etag) {}

  static Api session(Persona persona) {
    return persona.username == null ? Api.anonymous() : session(persona.username);
  }

  /** One login per account for the whole run: the matrix must not trip the login throttle. */
  static Api session(String username) {
    return SESSIONS.computeIfAbsent(username, Api::as);
  }

  static ObjectNode article(String audience) {
    ObjectNode request = Articles.create("burgerzaken", "Matrix " + UUID.randomUUID(), "Tekst voor de matrix.");
    request.put("audience", audience);
    return request;
  }

  static Target draft() {
    Api.Response created = Articles.expect(session("bea.burgerzaken").post("/api/articles", article("PUBLIC")), 201);
    long id = created.body().get("id").asLong();
    return new Target(id, 1, etag(session("bea.burgerzaken"), id, 1));
  }

  static Target published(String audience) {
    long id = Articles.publish(session("bea.burgerzaken"), session("karin.km"), article(audience));
    return new Target(id, 1, etag(session("bea.burgerzaken"), id, 1));
  }

  /** A published article with a second version still in draft: the article is visible, the draft is not. */
  static Target publishedWithDraft() {
    Target live = published("PUBLIC");
    Api.Response draft = Articles.expect(session("bea.burgerzaken").post("/api/articles/" + live.id() + "/versions", Api.object()), 201);
    return new Target(live.id(), draft.body().get("number").asInt(), draft.header("ETag").orElseThrow());
  }

  /** A version submitted for review by {@code author}. */
  static Target inReview(String author) {
    Api writer = session(author);
    long id = Articles.createDraft(writer, article("PUBLIC"));
    Articles.expect(Articles.transition(writer, id, 1, "SUBMIT", null), 200);
    return new Target(id, 1, etag(writer, id, 1));
  }

  /** A report on a fresh published Burgerzaken article, filed by {@code reporter}. */
  static long report(String reporter) {
    Target live = published("PUBLIC");
    return Reports.file(session(reporter), live.id(), "De openingstijden in dit artikel kloppen niet.");
  }

  static ObjectNode content() {
    return Articles.content("Matrix bewerkt " + UUID.randomUUID(), "Nieuwe tekst.");
  }

  private static String etag(Api reader, long id, int version) {
    return Articles.expect(reader.get("/api/articles/" + id + "/versions/" + version), 200).header("ETag").orElseThrow();
  }

  private MatrixFixtures() {}
}
