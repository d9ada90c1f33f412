package nl.gemeente.kms.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Every write endpoint (POST, PUT, DELETE) under /api, with a valid body and the data it needs,
 * called by someone allowed to: bad input must be refused by validation, not by authorization.
 * Built once, when the fuzz test asks for them (after deployment).
 */
final class FuzzTargets {

  private static List<FuzzTarget> all;
  // sessions of their own: hostile requests must not be able to spoil the sessions other test classes share
  private static final java.util.Map<String, Api> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

  static Api session(String username) {
    return SESSIONS.computeIfAbsent(username, Api::as);
  }

  static synchronized List<FuzzTarget> all() {
    if (all == null) {
      all = build();
    }
    return all;
  }

  private static List<FuzzTarget> build() {
    Api bert = session("bert.burgerzaken");
    Api bea = session("bea.burgerzaken");
    long draft = Articles.createDraft(bert, "burgerzaken", "Fuzz concept", "Tekst.");
    long live = Articles.publish(bea, session("karin.km"), "burgerzaken", "Fuzz gepubliceerd", "Tekst over de balie.");
    long report = Reports.file(session("bo.belastingen"), live, "Het adres van de balie klopt niet.");
    long searchId = Articles.expect(session("anna.agent").get("/api/search?q=balie"), 200).body().path("searchId").asLong(1);
    String content = "/api/articles/" + draft + "/versions/1";

    List<FuzzTarget> targets = new ArrayList<>();
    targets.add(FuzzTarget.of("POST", "/api/articles", "bert.burgerzaken", Articles.create("burgerzaken", "Fuzz", "Tekst."),
        "/slug", "/department", "/audience", "/topics", "/content/title", "/content/shortAnswer", "/content/body",
        "/content/keywords/0", "/content/changeSummary", "/content/changeLevel", "/content/validFrom"));
    targets.add(FuzzTarget.of("PUT", content, "bert.burgerzaken", withQa(Articles.content("Fuzz bewerkt", "Tekst.")),
        "/title", "/shortAnswer", "/body", "/keywords/0", "/questionAnswers/0/question", "/questionAnswers/0/answer",
        "/changeSummary", "/changeLevel", "/validFrom", "/validUntil")
        .withIfMatch(() -> bert.get(content).header("ETag").orElse("\"0-0\"")));
    targets.add(FuzzTarget.of("POST", "/api/articles/" + live + "/versions", "bea.burgerzaken",
        Api.object().put("restoreFrom", 1), "/restoreFrom"));
    targets.add(FuzzTarget.of("POST", content + "/transitions", "bert.burgerzaken",
        Api.object().put("transition", "SUBMIT").put("comment", "ok"), "/transition", "/comment"));
    targets.add(FuzzTarget.of("POST", "/api/articles/" + live + "/review-confirmations", "bert.burgerzaken",
        Api.object().put("remark", "klopt nog"), "/remark"));
    targets.add(FuzzTarget.of("POST", "/api/articles/" + live + "/versions/1/confirmations/reminders", "bert.burgerzaken",
        Api.object()));
    targets.add(FuzzTarget.of("POST", "/api/markdown/preview", "bert.burgerzaken", Api.object().put("markdown", "# Kop"),
        "/markdown"));
    ObjectNode filing = Reports.filing(live, 1, "INCORRECT", "Het adres klopt niet.");
    Reports.quote(filing, "balie", 10, 15);
    targets.add(FuzzTarget.of("POST", "/api/reports", "bo.belastingen", filing,
        "/articleId", "/versionNumber", "/category", "/description", "/quote/text", "/quote/start", "/relatedArticleId"));
    String r = "/api/reports/" + report;
    targets.add(FuzzTarget.of("POST", r + "/triage", "bert.burgerzaken",
        Api.object().put("assignee", "bert.burgerzaken").put("comment", "ok"), "/assignee", "/comment"));
    targets.add(FuzzTarget.of("POST", r + "/start", "bert.burgerzaken", Api.object()));
    targets.add(FuzzTarget.of("POST", r + "/resolve", "bert.burgerzaken",
        Api.object().put("resolution", "NO_CHANGE_NEEDED").put("explanation", "klopt"), "/resolution", "/explanation",
        "/fixArticleId"));
    targets.add(FuzzTarget.of("POST", r + "/reject", "bert.burgerzaken", Api.object().put("comment", "nee"), "/comment"));
    targets.add(FuzzTarget.of("POST", r + "/reopen", "bo.belastingen", Api.object().put("comment", "toch"), "/comment"));
    targets.add(FuzzTarget.of("POST", r + "/route", "karin.km", Api.object().put("department", "belastingen").put("comment", "x"),
        "/department", "/comment"));
    targets.add(FuzzTarget.of("POST", r + "/duplicate", "karin.km", Api.object().put("originalReportId", report),
        "/originalReportId"));
    targets.add(FuzzTarget.of("POST", "/api/search/" + searchId + "/clicks", "anna.agent",
        Api.object().put("articleId", live).put("rank", 1), "/articleId", "/rank"));
    ObjectNode synonym = Api.object();
    synonym.putArray("terms").add("fuzzwoord").add("fuzzterm");
    targets.add(FuzzTarget.of("POST", "/api/search/synonyms", "karin.km", synonym, "/terms/0", "/terms"));
    targets.add(FuzzTarget.of("DELETE", "/api/search/synonyms/999999", "karin.km", null));
    targets.add(FuzzTarget.of("POST", "/api/subscriptions", "anna.agent",
        Api.object().put("kind", "ARTICLE").put("target", String.valueOf(live)), "/kind", "/target"));
    targets.add(FuzzTarget.of("DELETE", "/api/subscriptions/999999", "anna.agent", null));
    targets.add(FuzzTarget.of("POST", "/api/notifications/999999/read", "anna.agent", Api.object()));
    targets.add(FuzzTarget.of("POST", "/api/notifications/999999/confirm", "anna.agent", Api.object()));
    targets.add(FuzzTarget.of("POST", "/api/notifications/read-all", "anna.agent", Api.object()));
    targets.add(FuzzTarget.of("PUT", "/api/admin/clock", "adam.admin", Api.object().putNull("now"), "/now"));
    targets.add(FuzzTarget.of("POST", "/api/admin/scheduler/run", "adam.admin", Api.object()));
    targets.add(FuzzTarget.of("POST", "/api/admin/digests/2001-W01/send", "adam.admin", Api.object()));
    targets.add(FuzzTarget.of("POST", "/api/admin/imports", "adam.admin", Api.object().put("articles", "x")));
    targets.add(FuzzTarget.of("DELETE", "/api/admin/privacy/employees/niemand.fuzz", "adam.admin", null));
    targets.add(FuzzTarget.of("POST", "/api/admin/privacy/search-log-retention/run", "adam.admin", Api.object()));
    targets.add(FuzzTarget.of("POST", "/api/session", "kees.agent", Api.object()));
    return targets;
  }

  private static ObjectNode withQa(ObjectNode content) {
    content.putArray("questionAnswers").addObject().put("question", "Vraag?").put("answer", "Antwoord.");
    return content;
  }

  private FuzzTargets() {}
}
