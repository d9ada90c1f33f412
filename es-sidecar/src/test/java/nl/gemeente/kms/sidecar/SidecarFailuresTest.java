package nl.gemeente.kms.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** start() failures and clean-up, with a fake bin/elasticsearch script instead of a real node (fast). */
class SidecarFailuresTest {

    @TempDir
    Path tmp;

    private Path home;
    private Path dataDir;
    private Process stray;

    @BeforeEach
    void fakeHome() throws IOException {
        home = tmp.resolve("es");
        dataDir = tmp.resolve("data");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("plugins"));
        script("echo 'fake elasticsearch'\nexit 0\n");
    }

    @AfterEach
    void killStray() {
        if (stray != null) {
            stray.destroyForcibly();
        }
    }

    private void script(String body) throws IOException {
        Path launcher = home.resolve("bin/elasticsearch");
        Files.writeString(launcher, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private ElasticsearchSidecar.Builder sidecar(int port) {
        return ElasticsearchSidecar.builder().home(home).dataDir(dataDir).httpPort(port)
                .javaHome(Path.of(System.getProperty("java.home"))).heap("256m").startTimeout(Duration.ofSeconds(20));
    }

    private static int freePort() throws IOException {
        for (int i = 0; i < 50; i++) {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            if (port <= 65435 && ElasticsearchSidecar.canBind(port + 100)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair");
    }

    /** A long-running process whose command line names org.elasticsearch, like a real node's. */
    private Process fakeNode() throws IOException {
        stray = new ProcessBuilder("bash", "-c", "read -t 300 x", "org.elasticsearch.fake").start();
        return stray;
    }

    @Test
    void portTakenByAnotherProgram() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            int port = other.getLocalPort();
            assertThatThrownBy(() -> sidecar(port).build().start())
                    .isInstanceOf(SidecarException.class)
                    .hasMessage("port " + port + " is in use by another program");
        }
    }

    @Test
    void portTakenByAnHttpServerThatIsNotOurs() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> respond(exchange, 200, "{\"cluster_name\":\"someone-elses\",\"status\":\"green\"}"));
        server.start();
        try {
            int port = server.getAddress().getPort();
            assertThatThrownBy(() -> sidecar(port).build().start())
                    .isInstanceOf(SidecarException.class)
                    .hasMessage("port " + port + " is in use by another program");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void portTakenByAnotherSidecar() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/_cluster/health", exchange -> respond(exchange, 200,
                "{\"cluster_name\":\"kms-sidecar\",\"status\":\"yellow\",\"timed_out\":false}"));
        server.createContext("/_nodes/_local/process", exchange -> respond(exchange, 200,
                "{\"nodes\":{\"x1\":{\"process\":{\"id\":4242}}}}"));
        server.start();
        try {
            int port = server.getAddress().getPort();
            assertThatThrownBy(() -> sidecar(port).build().start())
                    .isInstanceOf(SidecarException.class)
                    .hasMessage("an Elasticsearch sidecar is already running on port " + port + " (pid 4242)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void transportPortTaken() throws Exception {
        int port = freePort();
        try (ServerSocket transport = new ServerSocket(port + 100, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> sidecar(port).build().start())
                    .isInstanceOf(SidecarException.class)
                    .hasMessageStartingWith("port " + (port + 100) + " (the transport port, HTTP port + 100) is in use by another program");
        }
    }

    @Test
    void elasticsearchExitingDuringStartUpNamesTheCodeAndTheLog() throws Exception {
        script("""
                echo "args: $*"
                echo "ES_JAVA_HOME=$ES_JAVA_HOME"
                echo "ES_JAVA_OPTS=$ES_JAVA_OPTS"
                echo "uid=$(id -u)"
                exit 3
                """);
        int port = freePort();
        ElasticsearchSidecar sidecar = sidecar(port).build();
        assertThatThrownBy(sidecar::start)
                .isInstanceOf(SidecarException.class)
                .hasMessage("Elasticsearch exited with code 3 during start-up, see " + dataDir.resolve("logs/console.log").toAbsolutePath());
        assertThat(sidecar.isRunning()).isFalse();

        String console = Files.readString(dataDir.resolve("logs/console.log"));
        assertThat(console)
                .contains("-p " + dataDir.toAbsolutePath().resolve("es.pid"))
                .contains("-Ecluster.name=kms-sidecar", "-Enetwork.host=127.0.0.1", "-Ediscovery.type=single-node",
                        "-Ehttp.port=" + port, "-Etransport.port=" + (port + 100), "-Expack.security.enabled=false",
                        "-Epath.data=" + dataDir.toAbsolutePath().resolve("data"),
                        "-Epath.logs=" + dataDir.toAbsolutePath().resolve("logs"),
                        "-Ecluster.routing.allocation.disk.threshold_enabled=false")
                .doesNotContain("auto_create_index")
                .contains("ES_JAVA_HOME=" + System.getProperty("java.home"))
                .contains("ES_JAVA_OPTS=-Xms256m -Xmx256m")
                .doesNotContain("uid=0"); // never root: unshare maps root to uid 1000
        assertThat(dataDir.resolve("es.owner")).doesNotExist();
    }

    @Test
    void notReadyWithinTheTimeoutKillsTheProcess() throws Exception {
        script("echo $$ > \"" + tmp.resolve("fake.pid") + "\"\nexec sleep 60\n");
        ElasticsearchSidecar sidecar = sidecar(freePort()).startTimeout(Duration.ofSeconds(2)).build();
        long t0 = System.nanoTime();
        assertThatThrownBy(sidecar::start)
                .isInstanceOf(SidecarException.class)
                .hasMessageStartingWith("Elasticsearch was not ready within 2 s (no yellow or green _cluster/health on port ")
                .hasMessageEndingWith("see " + sidecar.consoleLog());
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
        long pid = Long.parseLong(Files.readString(tmp.resolve("fake.pid")).trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(sidecar.isRunning()).isFalse();
        sidecar.close(); // idempotent
    }

    @Test
    void closeDuringStartUpAbortsIt() throws Exception {
        script("exec sleep 60\n");
        ElasticsearchSidecar sidecar = sidecar(freePort()).startTimeout(Duration.ofSeconds(60)).build();
        CompletableFuture<Duration> starting = CompletableFuture.supplyAsync(sidecar::start);
        Thread.sleep(1500);
        assertThat(sidecar.isRunning()).as("isRunning does not block while start() waits").isTrue();
        long t0 = System.nanoTime();
        sidecar.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThatThrownBy(starting::join).hasCauseInstanceOf(SidecarException.class)
                .hasMessageContaining("was aborted because the sidecar was closed");
        assertThat(sidecar.isRunning()).isFalse();
    }

    @Test
    void aNodeOrphanedByADeadJvmIsStoppedFirst() throws Exception {
        Process orphan = fakeNode();
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("es.pid"), String.valueOf(orphan.pid()));
        Files.writeString(dataDir.resolve("es.owner"), "pid=999999999\n"); // owner JVM long gone
        script("exit 7\n");

        assertThatThrownBy(() -> sidecar(freePort()).build().start()).hasMessageContaining("exited with code 7");
        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aNodeWhoseOwnerIsAliveIsLeftAlone() throws Exception {
        Process running = fakeNode();
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("es.pid"), running.pid() + "\n");
        Files.writeString(dataDir.resolve("es.owner"), "pid=" + ProcessHandle.current().pid() + "\n");

        assertThatThrownBy(() -> sidecar(freePort()).build().start())
                .isInstanceOf(SidecarException.class)
                .hasMessage("an Elasticsearch sidecar (pid " + running.pid() + ", started by process " + ProcessHandle.current().pid()
                        + ") is already using the data dir " + dataDir.toAbsolutePath());
        assertThat(running.isAlive()).isTrue();
        assertThat(dataDir.resolve("es.pid")).exists();
    }

    @Test
    void aStalePidFileOfAnUnrelatedProcessIsIgnored() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "30").start();
        stray = unrelated;
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("es.pid"), String.valueOf(unrelated.pid())); // pid reused by something else
        script("exit 5\n");

        assertThatThrownBy(() -> sidecar(freePort()).build().start()).hasMessageContaining("exited with code 5");
        assertThat(unrelated.isAlive()).isTrue();
    }

    @Test
    void missingHomeOrJava() throws Exception {
        assertThatThrownBy(() -> sidecar(freePort()).home(tmp.resolve("nope")).build().start())
                .isInstanceOf(SidecarException.class).hasMessageContaining("is not an Elasticsearch home");
        assertThatThrownBy(() -> sidecar(freePort()).javaHome(tmp).build().start())
                .isInstanceOf(SidecarException.class).hasMessageContaining("has no executable bin/java");
    }

    @Test
    void builderValidation() {
        assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchSidecar.builder().heap("lots"));
        assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchSidecar.builder().httpPort(65500));
        assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchSidecar.builder().startTimeout(Duration.ZERO));
        assertThatThrownBy(() -> ElasticsearchSidecar.builder().dataDir(dataDir).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ElasticsearchSidecar.builder().home(home).build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void urlAndIdempotentCloseWithoutStart() {
        ElasticsearchSidecar sidecar = sidecar(19999).build();
        assertThat(sidecar.url()).isEqualTo("http://127.0.0.1:19999");
        assertThat(sidecar.isRunning()).isFalse();
        assertThat(sidecar.pid()).isEmpty();
        sidecar.close();
        sidecar.close();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
