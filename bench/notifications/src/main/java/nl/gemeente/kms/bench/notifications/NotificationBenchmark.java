package nl.gemeente.kms.bench.notifications;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * 1,000 agents connected by SSE to one node; major changes published through the API one at a
 * time; for each, the time from the publish call returning until each agent has the event, and the
 * server's live heap (after a full GC) idle, with all streams open, and after the run.
 */
public final class NotificationBenchmark {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);
  private static final String DEPARTMENT = "burgerzaken";

  private NotificationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path wlp = Path.of(System.getProperty("bench.wlp"));
    String serverName = System.getProperty("bench.server.name", "kmsBench");
    int port = Integer.getInteger("bench.http.port", 9090);
    Path data = Path.of(System.getProperty("bench.data"));
    int agentCount = Integer.getInteger("bench.agents", 1000);
    int publications = Integer.getInteger("bench.publications", 20);
    String demoPassword = System.getProperty("bench.demo.password", "Welkom-demo-2026");

    deleteTree(data); // every run starts from the migrations and the demo content
    try (BenchServer server = new BenchServer(wlp, serverName, port)) {
      server.start(Duration.ofMinutes(10));
      long heapIdle = server.usedHeapMiB(true);
      List<String> agents = AgentSeeder.seed("jdbc:h2:" + data + "/h2/kms;MODE=LEGACY;AUTO_SERVER=TRUE", agentCount);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

      log("logging in " + agents.size() + " agents");
      List<Session> sessions = loginAll(http, server, agents);
      Session author = Session.login(http, server.base(), "bert.burgerzaken", demoPassword);
      Session reviewer = Session.login(http, server.base(), "bea.burgerzaken", demoPassword);

      CountDownLatch ready = new CountDownLatch(sessions.size());
      List<AgentStream> streams = new ArrayList<>();
      long connectStart = System.nanoTime();
      for (Session s : sessions) {
        streams.add(AgentStream.open(http, server.base(), s, ready));
      }
      if (!ready.await(3, TimeUnit.MINUTES)) {
        throw new IllegalStateException(ready.getCount() + " streams never became ready");
      }
      log("all " + streams.size() + " streams live after " + millis(System.nanoTime() - connectStart) + " ms");
      long heapConnected = server.usedHeapMiB(true);

      Run warmUp = new Run();
      for (int i = 0; i < 2; i++) {
        publishAndWait(author, reviewer, streams, warmUp, -1);
      }
      Run run = new Run();
      for (int i = 0; i < publications; i++) {
        publishAndWait(author, reviewer, streams, run, i);
        run.peakHeapMiB = Math.max(run.peakHeapMiB, server.usedHeapMiB(false));
      }
      long heapAfter = server.usedHeapMiB(true);
      long dropped = streams.stream().filter(AgentStream::endedByServer).count();
      streams.forEach(AgentStream::close);

      String report = report(agentCount, publications, run, heapIdle, heapConnected, heapAfter, dropped);
      System.out.println(report);
      Files.writeString(Path.of(System.getProperty("bench.report", "notifications-results.md")), report);
    }
  }

  /** What one series of publications measured. */
  static final class Run {
    final Latencies fromReturn = new Latencies();
    final Latencies fromRequest = new Latencies();
    final Latencies publishCall = new Latencies();
    long missing;
    long beforeReturn;
    long peakHeapMiB;
  }

  private static void publishAndWait(Session author, Session reviewer, List<AgentStream> streams, Run run, int round)
      throws IOException, InterruptedException {
    long article = approvedArticle(author, reviewer, round);
    Thread.sleep(500); // let the review's own notifications settle, so only the publication is timed
    ObjectNode publish = Session.JSON.createObjectNode().put("transition", "PUBLISH");
    long sent = System.nanoTime();
    reviewer.post("/api/articles/" + article + "/versions/1/transitions", publish, 200);
    long returned = System.nanoTime();
    run.publishCall.add(millis(returned - sent));

    long deadline = returned + DELIVERY_TIMEOUT.toNanos();
    List<AgentStream> waiting = new ArrayList<>(streams);
    while (!waiting.isEmpty() && System.nanoTime() < deadline) {
      waiting.removeIf(s -> s.arrivalOf(article) != null);
      Thread.sleep(5);
    }
    run.missing += waiting.size();
    for (AgentStream s : streams) {
      Long at = s.arrivalOf(article);
      if (at != null) {
        // the poller may hand the event out while the response is still on its way to the editor
        if (at < returned) {
          run.beforeReturn++;
        }
        run.fromReturn.add(Math.max(0, millis(at - returned)));
        run.fromRequest.add(millis(at - sent));
      }
    }
    if (round >= 0) {
      log("publication " + (round + 1) + ": p99 so far " + Math.round(run.fromReturn.percentile(99)) + " ms, missing "
          + run.missing);
    }
  }

  private static long approvedArticle(Session author, Session reviewer, int round) throws IOException, InterruptedException {
    ObjectNode content = Session.JSON.createObjectNode()
        .put("title", "Benchmark-wijziging " + (round + 1) + " " + UUID.randomUUID().toString().substring(0, 6))
        .put("shortAnswer", "Een belangrijke wijziging voor alle medewerkers van het klantcontactcentrum.")
        .put("body", "De procedure is gewijzigd per " + LocalDate.now() + ".")
        .put("changeSummary", "Nieuwe werkwijze")
        .put("changeLevel", "MAJOR");
    content.putArray("keywords").add("benchmark");
    ObjectNode create = Session.JSON.createObjectNode()
        .put("slug", "bench-" + UUID.randomUUID().toString().substring(0, 8))
        .put("department", DEPARTMENT)
        .put("audience", "PUBLIC");
    create.set("content", content);
    long id = author.post("/api/articles", create, 201).get("id").asLong();
    author.post("/api/articles/" + id + "/versions/1/transitions", Session.JSON.createObjectNode().put("transition", "SUBMIT"), 200);
    reviewer.post("/api/articles/" + id + "/versions/1/transitions", Session.JSON.createObjectNode().put("transition", "APPROVE"), 200);
    return id;
  }

  /** Logins cost a password hash each; a few at a time, as a morning shift would arrive. */
  private static List<Session> loginAll(HttpClient http, BenchServer server, List<String> agents) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Session>> futures = new ArrayList<>();
      for (String a : agents) {
        futures.add(pool.submit(() -> Session.login(http, server.base(), a, AgentSeeder.PASSWORD)));
      }
      List<Session> sessions = new ArrayList<>();
      for (Future<Session> f : futures) {
        sessions.add(f.get());
      }
      return sessions;
    } finally {
      pool.shutdown();
    }
  }

  private static String report(int agents, int publications, Run run, long heapIdle, long heapConnected, long heapAfter,
      long dropped) {
    String heapMax = System.getProperty("bench.heap.max", "512m");
    return String.join("\n",
        "| measure | value |",
        "|---|---|",
        "| agents connected by SSE to one node | " + agents + " |",
        "| publications measured (MAJOR, each to every agent) | " + publications + " (after 2 for warm-up) |",
        "| deliveries measured / missing after " + DELIVERY_TIMEOUT.toSeconds() + " s | " + run.fromReturn.count() + " / " + run.missing + " |",
        "| streams closed by the server | " + dropped + " |",
        "| latency from the publish call returning: p50 / p99 / max | " + ms(run.fromReturn.percentile(50)) + " / "
            + ms(run.fromReturn.percentile(99)) + " / " + ms(run.fromReturn.max()) + " |",
        "| latency from the publish request being sent: p50 / p99 / max | " + ms(run.fromRequest.percentile(50)) + " / "
            + ms(run.fromRequest.percentile(99)) + " / " + ms(run.fromRequest.max()) + " |",
        "| deliveries that arrived before the publish call returned (counted as 0 ms) | " + run.beforeReturn + " |",
        "| publish call itself (writes " + agents + "+ notification rows): p50 / max | " + ms(run.publishCall.percentile(50))
            + " / " + ms(run.publishCall.max()) + " |",
        "| server heap limit (-Xmx) | " + heapMax + " |",
        "| used heap after full GC: idle / " + agents + " streams open / after the run | " + heapIdle + " / " + heapConnected
            + " / " + heapAfter + " MiB |",
        "| highest used heap sampled after a publication (without forcing GC) | " + run.peakHeapMiB + " MiB |",
        "");
  }

  private static String ms(double v) {
    return Math.round(v) + " ms";
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static void log(String message) {
    System.out.println("[bench] " + message);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
