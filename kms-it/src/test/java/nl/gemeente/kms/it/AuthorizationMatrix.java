package nl.gemeente.kms.it;

import static nl.gemeente.kms.it.MatrixFixtures.content;
import static nl.gemeente.kms.it.MatrixFixtures.draft;
import static nl.gemeente.kms.it.MatrixFixtures.inReview;
import static nl.gemeente.kms.it.MatrixFixtures.published;
import static nl.gemeente.kms.it.MatrixFixtures.publishedWithDraft;
import static nl.gemeente.kms.it.MatrixFixtures.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who may call what: every API endpoint × role × department condition, with the status each column
 * must get. This is the single source of the table in {@code docs/security.md} (rendered by
 * {@link #markdown()}, compared by {@code AuthorizationMatrixIT}). Anonymous callers always get 401.
 * "dept" is an editor of the article's department (Burgerzaken) who did not write it; "other" is
 * an editor of another department. Hidden things answer 404, so their existence does not leak.
 */
final class AuthorizationMatrix {

  /** One row: the call a cell makes with that column's session (building its own data first). */
  record Row(String endpoint, String condition, Function<Api, Api.Response> call, Map<Persona, Integer> expected) {}

  static final List<Row> ROWS = new ArrayList<>();

  static {
    // reading and searching
    row("GET /api/session", "", a -> a.get("/api/session"), 200, 200, 200, 200, 200);
    row("GET /api/search", "", a -> a.get("/api/search?q=paspoort"), 200, 200, 200, 200, 200);
    row("GET /api/search/autocomplete", "", a -> a.get("/api/search/autocomplete?q=pas"), 200, 200, 200, 200, 200);
    row("GET /api/articles", "", a -> a.get("/api/articles?limit=5"), 200, 200, 200, 200, 200);
    row("GET /api/articles/{id}", "published, public", a -> a.get("/api/articles/" + published("PUBLIC").id()),
        200, 200, 200, 200, 200);
    row("GET /api/articles/{id}", "published, internal", a -> a.get("/api/articles/" + published("INTERNAL").id()),
        200, 200, 200, 200, 200);
    row("GET /api/articles/{id}", "draft only", a -> a.get("/api/articles/" + draft().id()), 404, 200, 404, 200, 404);
    row("GET /api/articles/{id}/versions/{n}", "draft", a -> get(a, draft(), ""), 404, 200, 404, 200, 404);
    row("GET /api/articles/{id}/versions/{n}", "draft of a published article",
        a -> get(a, publishedWithDraft(), ""), 404, 200, 404, 200, 404);
    row("GET /api/articles/{id}/audit", "draft only", a -> a.get("/api/articles/" + draft().id() + "/audit"),
        404, 200, 404, 200, 404);
    row("GET /api/articles/{id}/audit", "published", a -> a.get("/api/articles/" + published("PUBLIC").id() + "/audit"),
        200, 200, 200, 200, 200);
    row("GET /api/articles/{id}/diff", "draft only", a -> a.get("/api/articles/" + draft().id() + "/diff?from=1&to=1"),
        404, 200, 404, 200, 404);
    row("GET /api/articles/{id}/live", "published", a -> a.get("/api/articles/" + published("PUBLIC").id()
        + "/live?at=2999-01-01T00:00:00Z"), 200, 200, 200, 200, 200);
    row("GET /api/articles/overdue", "", a -> a.get("/api/articles/overdue"), 200, 200, 200, 200, 200);
    // writing articles
    row("POST /api/articles", "Burgerzaken", a -> a.post("/api/articles", MatrixFixtures.article("PUBLIC")),
        403, 201, 403, 201, 403);
    row("PUT /api/articles/{id}/versions/{n}", "draft only", a -> put(a, draft()), 404, 200, 404, 200, 404);
    row("PUT /api/articles/{id}/versions/{n}", "draft of a published article", a -> put(a, publishedWithDraft()),
        404, 200, 404, 200, 404);
    row("POST /api/articles/{id}/versions", "published", a -> a.post("/api/articles/" + published("PUBLIC").id()
        + "/versions", Api.object()), 403, 201, 403, 201, 403);
    row("POST /api/articles/{id}/versions", "draft only", a -> a.post("/api/articles/" + draft().id()
        + "/versions", Api.object()), 404, 422, 404, 422, 404);
    row("POST …/transitions SUBMIT", "draft only", a -> transition(a, draft(), "SUBMIT"), 404, 200, 404, 200, 404);
    row("POST …/transitions SUBMIT", "draft of a published article", a -> transition(a, publishedWithDraft(), "SUBMIT"),
        404, 200, 404, 200, 404);
    row("POST …/transitions APPROVE", "written by someone else", a -> transition(a, inReview("bea.burgerzaken"), "APPROVE"),
        404, 200, 404, 200, 404);
    row("POST …/transitions APPROVE", "written by the dept editor", a -> transition(a, inReview("bert.burgerzaken"), "APPROVE"),
        404, 403, 404, 200, 404);
    row("POST /api/articles/{id}/review-confirmations", "published", a -> a.post("/api/articles/"
        + published("PUBLIC").id() + "/review-confirmations", Api.object()), 403, 200, 403, 200, 403);
    row("GET …/versions/{n}/confirmations", "published", a -> get(a, published("PUBLIC"), "/confirmations"),
        403, 200, 403, 200, 403);
    row("POST …/versions/{n}/confirmations/reminders", "published", a -> a.post(path(published("PUBLIC"))
        + "/confirmations/reminders", Api.object()), 403, 200, 403, 200, 403);
    row("POST /api/markdown/preview", "", a -> a.post("/api/markdown/preview", previewRequest()), 403, 200, 200, 200, 403);
    // inconsistency reports
    row("POST /api/reports", "published", a -> a.post("/api/reports", Reports.filing(published("PUBLIC").id(), 1,
        "INCORRECT", "Het telefoonnummer in dit artikel klopt niet.")), 201, 201, 201, 201, 201);
    row("GET /api/reports", "queue", a -> a.get("/api/reports"), 200, 200, 200, 200, 200);
    row("GET /api/reports/mine", "", a -> a.get("/api/reports/mine"), 200, 200, 200, 200, 200);
    row("GET /api/reports/{id}", "filed by another agent", a -> a.get("/api/reports/" + report("kees.agent")),
        404, 200, 404, 200, 404);
    row("GET /api/reports/{id}", "filed by the caller", a -> a.get("/api/reports/" + report(reporter(a))),
        200, 200, 200, 200, 200);
    row("POST /api/reports/{id}/triage", "filed by another agent", a -> triage(a, report("kees.agent")),
        404, 200, 404, 200, 404);
    row("POST /api/reports/{id}/triage", "filed by the caller", a -> triage(a, report(reporter(a))),
        403, 200, 403, 200, 403);
    row("POST /api/reports/{id}/route", "filed by another agent", a -> Reports.step(a, report("kees.agent"), "route",
        "department", "belastingen"), 403, 403, 403, 200, 403);
    row("GET /api/reports/dashboard", "", a -> a.get("/api/reports/dashboard"), 403, 403, 403, 200, 403);
    // notifications
    row("GET /api/notifications", "", a -> a.get("/api/notifications"), 200, 200, 200, 200, 200);
    row("POST /api/notifications/read-all", "", a -> a.post("/api/notifications/read-all", Api.object()),
        200, 200, 200, 200, 200);
    row("POST /api/subscriptions", "published article", a -> a.post("/api/subscriptions", subscription()),
        201, 201, 201, 201, 201);
    row("GET /api/digest", "", a -> a.get("/api/digest?week=2026-W01"), 200, 200, 200, 200, 200);
    row("POST /api/admin/digests/{week}/send", "", a -> a.post("/api/admin/digests/2001-W01/send", Api.object()),
        403, 403, 403, 403, 200);
    // search management
    row("GET /api/search/synonyms", "", a -> a.get("/api/search/synonyms"), 403, 403, 403, 200, 200);
    row("POST /api/search/synonyms", "", a -> a.post("/api/search/synonyms", synonym()), 403, 403, 403, 201, 403);
    row("GET /api/search/analytics", "", a -> a.get("/api/search/analytics"), 403, 403, 403, 200, 200);
    row("GET /api/search/consistency", "", a -> a.get("/api/search/consistency"), 403, 403, 403, 200, 200);
    // administration
    row("GET /api/admin/audit", "", a -> a.get("/api/admin/audit?days=1"), 403, 403, 403, 403, 200);
    row("POST /api/admin/scheduler/run", "", a -> a.post("/api/admin/scheduler/run", Api.object()), 403, 403, 403, 200, 200);
    row("GET /api/admin/exports", "one department", a -> a.get("/api/admin/exports?department=burgerzaken"),
        403, 403, 403, 200, 200);
    row("GET /api/admin/imports/{id}", "unknown job", a -> a.get("/api/admin/imports/" + UUID.randomUUID()),
        403, 403, 403, 403, 404);
    // personal data (AVG)
    row("GET /api/admin/privacy/employees/{username}", "existing employee",
        a -> a.get("/api/admin/privacy/employees/kees.agent"), 403, 403, 403, 403, 200);
    row("DELETE /api/admin/privacy/employees/{username}", "unknown employee",
        a -> a.delete("/api/admin/privacy/employees/niemand-" + UUID.randomUUID()), 403, 403, 403, 403, 404);
    row("POST /api/admin/privacy/search-log-retention/run", "", a -> a.post("/api/admin/privacy/search-log-retention/run",
        Api.object()), 403, 403, 403, 403, 200);
  }

  /** Statuses for agent, dept editor, other editor, knowledge manager, administrator; anonymous is 401. */
  private static void row(String endpoint, String condition, Function<Api, Api.Response> call, int... statuses) {
    Map<Persona, Integer> expected = new EnumMap<>(Persona.class);
    expected.put(Persona.ANONYMOUS, 401);
    Persona[] columns = {Persona.AGENT, Persona.EDITOR_DEPT, Persona.EDITOR_OTHER, Persona.KNOWLEDGE_MANAGER,
        Persona.ADMINISTRATOR};
    for (int i = 0; i < columns.length; i++) {
      expected.put(columns[i], statuses[i]);
    }
    ROWS.add(new Row(endpoint, condition, call, expected));
  }

  /** The table as it appears in docs/security.md. */
  static String markdown() {
    StringBuilder md = new StringBuilder("| endpoint | condition | agent | editor (dept) | editor (other) | knowledge manager | administrator |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Row r : ROWS) {
      md.append("| `").append(r.endpoint()).append("` | ").append(r.condition().isEmpty() ? "–" : r.condition());
      for (Persona p : List.of(Persona.AGENT, Persona.EDITOR_DEPT, Persona.EDITOR_OTHER, Persona.KNOWLEDGE_MANAGER,
          Persona.ADMINISTRATOR)) {
        md.append(" | ").append(r.expected().get(p));
      }
      md.append(" |\n");
    }
    return md.toString();
  }

  private static String path(MatrixFixtures.Target t) {
    return "/api/articles/" + t.id() + "/versions/" + t.version();
  }

  private static Api.Response get(Api a, MatrixFixtures.Target t, String suffix) {
    return a.get(path(t) + suffix);
  }

  private static Api.Response put(Api a, MatrixFixtures.Target t) {
    return a.put(path(t), content(), t.etag());
  }

  private static Api.Response transition(Api a, MatrixFixtures.Target t, String transition) {
    ObjectNode body = Api.object().put("transition", transition);
    return a.post(path(t) + "/transitions", body, t.etag());
  }

  /** Anonymous cells still need a report to ask about; they get one filed by another agent. */
  private static String reporter(Api a) {
    return a.username == null ? "kees.agent" : a.username;
  }

  private static Api.Response triage(Api a, long report) {
    return Reports.step(a, report, "triage", "assignee", "bert.burgerzaken");
  }

  private static ObjectNode previewRequest() {
    return Api.object().put("markdown", "# Kop\n\nTekst.");
  }

  private static ObjectNode subscription() {
    return Api.object().put("kind", "ARTICLE").put("target", String.valueOf(published("PUBLIC").id()));
  }

  private static ObjectNode synonym() {
    ObjectNode s = Api.object();
    s.putArray("terms").add("matrix" + UUID.randomUUID().toString().substring(0, 6)).add("matrixwoord");
    return s;
  }

  private AuthorizationMatrix() {}
}
