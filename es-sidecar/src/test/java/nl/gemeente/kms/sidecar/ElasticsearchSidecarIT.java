package nl.gemeente.kms.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Starts a real Elasticsearch 9 node (the integ-test distribution unpacked by the build into target/elasticsearch)
 * with the es-analysis-nl plugin, checks the Dutch analysis through it, and stops it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ElasticsearchSidecarIT {

    private static final Path ES_HOME = Path.of(System.getProperty("kms.it.es.home", "target/elasticsearch"));
    private static final Path PLUGIN_ZIP = Path.of(System.getProperty("kms.it.es.plugin", "target/es-plugins/es-analysis-nl-plugin.zip"));
    private static final int PORT = Integer.getInteger("kms.it.es.port", 19250);
    private static final Path DATA_DIR = Path.of(System.getProperty("kms.it.es.data", "target/sidecar-it"));
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static ElasticsearchSidecar sidecar;
    private static Duration startUp;
    private static final List<Long> orphans = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path pluginDir = ElasticsearchSidecar.installPlugin(ES_HOME, PLUGIN_ZIP);
        assertThat(pluginDir.getFileName().toString()).isEqualTo("kms-analysis-nl");
        assertThat(ElasticsearchSidecar.installPlugin(ES_HOME, PLUGIN_ZIP)).isEqualTo(pluginDir);

        sidecar = ElasticsearchSidecar.builder()
                .home(ES_HOME).dataDir(DATA_DIR).httpPort(PORT).heap("512m").startTimeout(Duration.ofMinutes(3))
                .build();
        startUp = sidecar.start();
        System.out.printf("[sidecar-it] Elasticsearch ready at %s after %d ms (pid %d)%n", sidecar.url(), startUp.toMillis(),
                sidecar.pid().orElse(-1));
        for (String index : List.of("kms-it-synonyms", "kms-it-reload")) {
            send("DELETE", "/" + index + "?ignore_unavailable=true", null);
        }
    }

    @AfterAll
    static void stop() {
        if (sidecar != null) {
            sidecar.close();
        }
        for (long pid : orphans) { // only if the orphan test failed half-way
            ProcessHandle.of(pid).ifPresent(p -> {
                p.parent().ifPresent(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            });
        }
    }

    @Test
    @Order(1)
    void nodeIsHealthy() throws Exception {
        assertThat(sidecar.url()).isEqualTo("http://127.0.0.1:" + PORT);
        assertThat(sidecar.isRunning()).isTrue();
        assertThat(startUp).isPositive();
        String health = send("GET", "/_cluster/health", null);
        assertThat(health).contains("\"cluster_name\":\"kms-sidecar\"").containsPattern("\"status\":\"(green|yellow)\"");
        assertThat(send("GET", "/_cat/plugins?h=component", null)).contains("kms-analysis-nl");
        assertThat(DATA_DIR.resolve("es.pid")).hasContent(String.valueOf(sidecar.pid().orElseThrow()));
        assertThat(sidecar.consoleLog()).exists();
    }

    @Test
    @Order(2)
    void nlTextAnalyzer() throws Exception {
        List<String> tokens = analyze(null, "{\"analyzer\":\"nl_text\",\"text\":\"De paspoorten van het café\"}");
        System.out.println("[sidecar-it] nl_text 'De paspoorten van het café' -> " + tokens);
        assertThat(tokens).containsExactly("paspoort", "caf");

        assertThat(analyze(null, "{\"analyzer\":\"nl_text\",\"text\":\"paspoort\"}")).containsExactly("paspoort");
        List<String> more = analyze(null, "{\"analyzer\":\"nl_text\",\"text\":\"rijbewijzen rijbewijs cafe Café aanvragen aanvraag\"}");
        System.out.println("[sidecar-it] nl_text 'rijbewijzen rijbewijs cafe Café aanvragen aanvraag' -> " + more);
        assertThat(more).containsExactly("rijbewijs", "rijbewijs", "caf", "caf", "aanvrag", "aanvrag");

        // the same chain from the individual filters
        assertThat(analyze(null, "{\"tokenizer\":\"standard\",\"filter\":[\"nl_lowercase\",\"nl_asciifolding\",\"nl_stop\",\"nl_stemmer\"],"
                + "\"text\":\"De paspoorten van het café\"}")).containsExactly("paspoort", "caf");
    }

    @Test
    @Order(3)
    void inlineSynonymsInAnIndex() throws Exception {
        String settings = """
                {
                  "settings": {
                    "number_of_shards": 1,
                    "number_of_replicas": 0,
                    "analysis": {
                      "filter": {
                        "kms_synonyms": { "type": "nl_synonyms", "synonyms": ["ID-kaart, identiteitskaart", "paspoort, reisdocument"] },
                        "kms_prefix": { "type": "nl_edge_ngram", "min_gram": 2, "max_gram": 10 }
                      },
                      "analyzer": {
                        "kms_search": { "type": "custom", "tokenizer": "standard",
                                        "filter": ["nl_lowercase", "nl_asciifolding", "kms_synonyms", "nl_stop", "nl_stemmer"] },
                        "kms_prefix": { "type": "custom", "tokenizer": "standard", "filter": ["nl_lowercase", "nl_asciifolding", "kms_prefix"] },
                        "kms_prefix_search": { "type": "custom", "tokenizer": "standard", "filter": ["nl_lowercase", "nl_asciifolding"] }
                      }
                    }
                  },
                  "mappings": {
                    "properties": {
                      "title": {
                        "type": "text", "analyzer": "nl_text", "search_analyzer": "kms_search",
                        "fields": { "prefix": { "type": "text", "analyzer": "kms_prefix", "search_analyzer": "kms_prefix_search" } }
                      }
                    }
                  }
                }
                """;
        assertThat(send("PUT", "/kms-it-synonyms", settings)).contains("\"acknowledged\":true");

        List<String> expanded = analyze("kms-it-synonyms", "{\"analyzer\":\"kms_search\",\"text\":\"ID-kaart kwijt\"}");
        System.out.println("[sidecar-it] kms_search 'ID-kaart kwijt' -> " + expanded);
        assertThat(expanded).contains("identiteitskaart", "id", "kaart", "kwijt");
        assertThat(analyze("kms-it-synonyms", "{\"analyzer\":\"kms_search\",\"text\":\"reisdocument\"}"))
                .containsExactlyInAnyOrder("reisdocument", "paspoort");
        assertThat(analyze("kms-it-synonyms", "{\"analyzer\":\"kms_prefix\",\"text\":\"Café\"}")).containsExactly("ca", "caf", "cafe");

        send("PUT", "/kms-it-synonyms/_doc/1?refresh=true", "{\"title\":\"Identiteitskaart aanvragen bij de gemeente\"}");
        assertThat(send("POST", "/kms-it-synonyms/_search", "{\"query\":{\"match\":{\"title\":\"ID-kaart\"}}}"))
                .contains("\"total\":{\"value\":1");
        assertThat(send("POST", "/kms-it-synonyms/_search", "{\"query\":{\"match\":{\"title.prefix\":\"identi\"}}}"))
                .contains("\"total\":{\"value\":1");
    }

    @Test
    @Order(4)
    void fileSynonymsReloadWithoutRestart() throws Exception {
        Path file = ES_HOME.resolve("config/analysis/kms-it-synonyms.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# KMS synonyms\nbsn, burgerservicenummer\n");
        String settings = """
                {
                  "settings": {
                    "number_of_replicas": 0,
                    "analysis": {
                      "filter": { "kms_file_synonyms": { "type": "nl_synonyms", "synonyms_path": "analysis/kms-it-synonyms.txt", "updateable": true } },
                      "analyzer": { "kms_reloadable": { "type": "custom", "tokenizer": "standard",
                                    "filter": ["nl_lowercase", "nl_asciifolding", "kms_file_synonyms", "nl_stop", "nl_stemmer"] } }
                    }
                  },
                  "mappings": { "properties": { "body": { "type": "text", "analyzer": "nl_text", "search_analyzer": "kms_reloadable" } } }
                }
                """;
        assertThat(send("PUT", "/kms-it-reload", settings)).contains("\"acknowledged\":true");
        String gbaBsn = "{\"analyzer\":\"kms_reloadable\",\"text\":\"gba bsn\"}";
        assertThat(analyze("kms-it-reload", gbaBsn)).containsExactlyInAnyOrder("gba", "bsn", "burgerservicenummer");

        Files.writeString(file, "gba, brp\n", StandardOpenOption.APPEND);
        assertThat(send("POST", "/kms-it-reload/_reload_search_analyzers", null)).contains("kms_reloadable");
        assertThat(analyze("kms-it-reload", gbaBsn)).containsExactlyInAnyOrder("gba", "brp", "bsn", "burgerservicenummer");
    }

    @Test
    @Order(5)
    void aSecondSidecarOnTheSamePortFailsClearly() {
        String expected = "an Elasticsearch sidecar is already running on port " + PORT + " (pid " + sidecar.pid().orElseThrow() + ")";
        ElasticsearchSidecar otherDataDir = ElasticsearchSidecar.builder()
                .home(ES_HOME).dataDir(DATA_DIR.resolveSibling("sidecar-it-second")).httpPort(PORT).build();
        assertThatThrownBy(otherDataDir::start).isInstanceOf(SidecarException.class).hasMessage(expected);
        assertThat(otherDataDir.isRunning()).isFalse();

        ElasticsearchSidecar sameDataDir = ElasticsearchSidecar.builder().home(ES_HOME).dataDir(DATA_DIR).httpPort(PORT).build();
        assertThatThrownBy(sameDataDir::start).isInstanceOf(SidecarException.class).hasMessage(expected);
        sameDataDir.close();
        assertThat(sidecar.isRunning()).as("the running node is left alone").isTrue();
    }

    @Test
    @Order(6)
    void closeStopsTheNodeAndFreesThePort() throws Exception {
        long pid = sidecar.pid().orElseThrow();
        long t0 = System.nanoTime();
        sidecar.close();
        System.out.printf("[sidecar-it] stopped in %d ms%n", Duration.ofNanos(System.nanoTime() - t0).toMillis());
        assertThat(sidecar.isRunning()).isFalse();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ElasticsearchSidecar.canBind(PORT)).isTrue();
        assertThat(ElasticsearchSidecar.canBind(PORT + 100)).isTrue();
        assertThat(DATA_DIR.resolve("es.pid")).doesNotExist();
        assertThat(DATA_DIR.resolve("es.owner")).doesNotExist();
        sidecar.close(); // idempotent
    }

    /** A JVM that dies by SIGKILL leaves its node running; the next start() with the same data dir stops it. */
    @Test
    @Order(7)
    void aNodeOrphanedByAKilledJvmIsReplacedOnTheNextStart() throws Exception {
        Path classes = Path.of(ElasticsearchSidecar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path output = DATA_DIR.resolveSibling("sidecar-it-killed-jvm.out");
        Process ownerJvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), ElasticsearchSidecar.class.getName(), ES_HOME.toString(), DATA_DIR.toString(), String.valueOf(PORT))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long orphanPid;
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!Files.readString(output).contains("Elasticsearch sidecar ready at")) {
                assertThat(ownerJvm.isAlive()).as("sidecar JVM alive; output: %s", Files.readString(output)).isTrue();
                assertThat(System.nanoTime()).as("sidecar JVM ready in time").isLessThan(deadline);
                Thread.sleep(250);
            }
            orphanPid = Long.parseLong(Files.readString(DATA_DIR.resolve("es.pid")).trim());
            orphans.add(orphanPid);
        } finally {
            ownerJvm.destroyForcibly(); // SIGKILL: its shutdown hook does not run
            ownerJvm.waitFor();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).as("orphaned node still running").isTrue();

        try (ElasticsearchSidecar next = ElasticsearchSidecar.builder().home(ES_HOME).dataDir(DATA_DIR).httpPort(PORT).build()) {
            Duration took = next.start();
            System.out.printf("[sidecar-it] orphan %d replaced by %d after %d ms%n", orphanPid, next.pid().orElse(-1), took.toMillis());
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).as("orphan stopped").isFalse();
            assertThat(next.pid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(orphanPid));
            assertThat(send(next, "GET", "/_cluster/health")).contains("\"cluster_name\":\"kms-sidecar\"");
        }
        assertThat(ElasticsearchSidecar.canBind(PORT)).isTrue();
    }

    private static List<String> analyze(String index, String body) throws Exception {
        String response = send("POST", (index == null ? "" : "/" + index) + "/_analyze", body);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(response);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private static String send(ElasticsearchSidecar node, String method, String path) throws IOException, InterruptedException {
        return send(node.url(), method, path, null);
    }

    private static String send(String method, String path, String json) throws IOException, InterruptedException {
        return send(sidecar.url(), method, path, json);
    }

    private static String send(String url, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
            throw new AssertionError(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
