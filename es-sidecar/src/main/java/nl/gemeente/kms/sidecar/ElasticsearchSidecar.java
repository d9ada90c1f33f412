package nl.gemeente.kms.sidecar;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a local single-node Elasticsearch as a child process (a "sidecar"), for the web application when no external
 * cluster is configured and for integration tests. Pure JDK.
 *
 * <pre>{@code
 * try (ElasticsearchSidecar es = ElasticsearchSidecar.builder()
 *         .home(Path.of("target/elasticsearch")).dataDir(Path.of("target/es-data")).httpPort(19250).build()) {
 *     Duration startUp = es.start();      // blocks until _cluster/health is yellow or green
 *     ... es.url() ...                    // http://127.0.0.1:19250
 * }                                       // SIGTERM, then the process tree is killed after 30 s
 * }</pre>
 *
 * <p>The node: cluster.name {@value #CLUSTER_NAME}, bound to 127.0.0.1 on {@code httpPort} (HTTP) and
 * {@code httpPort + 100} (transport), single-node discovery, security off, disk thresholds off, data and logs under
 * {@code dataDir} ({@code data/}, {@code logs/}, console output in {@code logs/console.log}), pid in
 * {@code dataDir/es.pid}. Elasticsearch refuses to run as root; when this JVM is root, the node runs in a new user
 * namespace as uid 1000 ({@code unshare --user --map-user=1000 --map-group=1000}), which needs no account and no
 * chown.
 *
 * <p>A node left behind by a JVM that was killed with SIGKILL (its shutdown hook never ran) is found through
 * {@code dataDir/es.pid} and {@code dataDir/es.owner} and stopped by the next {@link #start()}. A node whose owner
 * is still alive is never touched: start() then fails with a clear message.
 */
public final class ElasticsearchSidecar implements AutoCloseable {

    public static final String CLUSTER_NAME = "kms-sidecar";
    public static final int DEFAULT_HTTP_PORT = 9250;
    public static final String DEFAULT_HEAP = "512m";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(2);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private static final System.Logger LOG = System.getLogger(ElasticsearchSidecar.class.getName());
    private static final Pattern CLUSTER_NAME_FIELD = Pattern.compile("\"cluster_name\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern STATUS_FIELD = Pattern.compile("\"status\"\\s*:\\s*\"([a-z]+)\"");
    private static final Pattern PROCESS_ID_FIELD = Pattern.compile("\"process\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final Path home;
    private final Path dataDir;
    private final int httpPort;
    private final Path javaHome;
    private final String heap;
    private final Duration startTimeout;

    private volatile Process process;
    private Thread shutdownHook;
    private volatile long serverPid = -1;
    private volatile boolean stopping;
    private volatile boolean closeRequested;

    private ElasticsearchSidecar(Builder b) {
        this.home = b.home.toAbsolutePath().normalize();
        this.dataDir = b.dataDir.toAbsolutePath().normalize();
        this.httpPort = b.httpPort;
        this.javaHome = b.javaHome;
        this.heap = b.heap;
        this.startTimeout = b.startTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------------------ public API

    /**
     * Starts the node and waits until {@code _cluster/health} reports yellow or green.
     *
     * @return the time from this call until the node was ready
     * @throws SidecarException with one sentence: the HTTP or transport port is taken (by another sidecar or
     *         another program), the Elasticsearch home or Java is unusable, Elasticsearch exited during start-up
     *         (with its exit code and the console log to read), or it was not ready within the start timeout
     */
    public synchronized Duration start() {
        long t0 = System.nanoTime();
        closeRequested = false;
        stopping = false;
        if (process != null && process.isAlive()) {
            throw new SidecarException("this Elasticsearch sidecar is already started on port " + httpPort + " (pid " + serverPid + ")");
        }
        serverPid = -1;
        Path launcher = home.resolve("bin/elasticsearch");
        if (!Files.isExecutable(launcher)) {
            throw new SidecarException(home + " is not an Elasticsearch home: " + launcher + " is missing or not executable");
        }
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            throw new SidecarException("the Java home for Elasticsearch " + javaHome + " has no executable bin/java");
        }
        createDirectories(dataDir.resolve("logs"));
        createDirectories(dataDir.resolve("data"));

        handlePreviousNode();
        checkPortsAreFree();

        launch(launcher);
        awaitReady(t0);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        serverPid = readPid(pidFile()).orElse(serverPid);
        LOG.log(System.Logger.Level.INFO, "Elasticsearch sidecar ready at {0} after {1} ms (pid {2})", url(),
                String.valueOf(took.toMillis()), String.valueOf(serverPid));
        return took;
    }

    /** {@code http://127.0.0.1:<httpPort>} */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** The Elasticsearch server JVM's pid once started (also after close, for diagnostics). */
    public OptionalLong pid() {
        long pid = serverPid;
        return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    public int httpPort() {
        return httpPort;
    }

    /** Where the node's stdout and stderr go: {@code dataDir/logs/console.log}. */
    public Path consoleLog() {
        return dataDir.resolve("logs/console.log");
    }

    /**
     * Stops the node: SIGTERM to the Elasticsearch launcher (which shuts the server JVM down), up to 30 s to exit,
     * then SIGKILL to whatever of the process tree is left. Idempotent; also run by a JVM shutdown hook.
     */
    @Override
    public void close() {
        closeRequested = true; // makes a start() that is still waiting give up, so the lock below is released soon
        synchronized (this) {
            stopProcess();
        }
    }

    private void stopProcess() {
        if (process == null) {
            return;
        }
        stopping = true;
        try {
            stopProcessTree(process.toHandle(), serverPid);
        } finally {
            process = null;
            deleteQuietly(ownerFile());
            if (serverPid <= 0 || ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false) == false) {
                deleteQuietly(pidFile());
            }
            removeShutdownHook();
        }
    }

    /**
     * Unpacks an Elasticsearch plugin zip into {@code esHome/plugins/<name>}, {@code name} being taken from the zip's
     * (stable-)plugin descriptor. Does nothing when that directory already holds exactly the zip's content; replaces
     * it when the content differs (a rebuilt plugin). Only call it while the node is stopped.
     *
     * @return the plugin directory
     */
    public static Path installPlugin(Path esHome, Path pluginZip) {
        return PluginInstaller.install(esHome.toAbsolutePath().normalize(), pluginZip.toAbsolutePath().normalize());
    }

    /**
     * A Java installation that can run Elasticsearch 9: the first of {@code ES_JAVA_HOME}, {@code JAVA_HOME}, the
     * running JVM and {@code /usr/lib/jvm/*} (newest first) whose major version is 21 or higher.
     */
    public static Optional<Path> findJavaHome21() {
        String running = System.getProperty("java.home");
        return JavaHomes.find(System.getenv(), running == null ? null : Path.of(running), Runtime.version().feature(),
                Path.of("/usr/lib/jvm"));
    }

    /**
     * {@code java -cp es-sidecar.jar nl.gemeente.kms.sidecar.ElasticsearchSidecar <esHome> <dataDir> <port> [plugin.zip...]}
     * installs the given plugin zips, starts the node and keeps it running until this JVM gets SIGTERM or Ctrl-C.
     * System properties: {@code kms.sidecar.heap} (default 512m), {@code kms.sidecar.javaHome}.
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: java -cp es-sidecar.jar " + ElasticsearchSidecar.class.getName()
                    + " <esHome> <dataDir> <httpPort> [plugin.zip ...]");
            System.exit(2);
        }
        try {
            Path esHome = Path.of(args[0]);
            for (int i = 3; i < args.length; i++) {
                System.out.println("plugin installed in " + installPlugin(esHome, Path.of(args[i])));
            }
            Builder builder = builder().home(esHome).dataDir(Path.of(args[1])).httpPort(Integer.parseInt(args[2]))
                    .heap(System.getProperty("kms.sidecar.heap", DEFAULT_HEAP));
            String javaHome = System.getProperty("kms.sidecar.javaHome");
            if (javaHome != null) {
                builder.javaHome(Path.of(javaHome));
            }
            ElasticsearchSidecar sidecar = builder.build();
            Duration took = sidecar.start();
            System.out.printf("Elasticsearch sidecar ready at %s after %d ms (pid %d); logs in %s; stop with SIGTERM or Ctrl-C%n",
                    sidecar.url(), took.toMillis(), sidecar.pid().orElse(-1), sidecar.dataDir.resolve("logs"));
            int code = sidecar.awaitExit();
            if (!sidecar.stopping) {
                System.err.println("es-sidecar: Elasticsearch exited on its own with code " + code + ", see " + sidecar.consoleLog());
                System.exit(1);
            }
        } catch (SidecarException | IllegalArgumentException e) {
            System.err.println("es-sidecar: " + e.getMessage());
            System.exit(1);
        }
    }

    // ------------------------------------------------------------------------------------------------ start-up

    /** Deals with a node recorded in dataDir/es.pid: fail if its owner is alive, stop it if it was orphaned. */
    private void handlePreviousNode() {
        Path pidFile = pidFile();
        Optional<ProcessHandle> previous = readPid(pidFile).stream().boxed()
                .flatMap(pid -> ProcessHandle.of(pid).stream())
                .filter(ProcessHandle::isAlive)
                .filter(ElasticsearchSidecar::looksLikeElasticsearch)
                .findFirst();
        if (previous.isEmpty()) {
            deleteQuietly(pidFile);
            deleteQuietly(ownerFile());
            return;
        }
        long pid = previous.get().pid();
        Optional<ProcessHandle> owner = liveOwner();
        if (owner.isPresent()) {
            if (probe(httpPort) instanceof PortState.Sidecar) {
                throw new SidecarException("an Elasticsearch sidecar is already running on port " + httpPort + " (pid " + pid + ")");
            }
            throw new SidecarException("an Elasticsearch sidecar (pid " + pid + ", started by process " + owner.get().pid()
                    + ") is already using the data dir " + dataDir);
        }
        LOG.log(System.Logger.Level.WARNING, "stopping the Elasticsearch node (pid {0}) left behind in {1} by a JVM that is gone",
                String.valueOf(pid), dataDir);
        ProcessHandle launcher = previous.get().parent().filter(ProcessHandle::isAlive)
                .filter(ElasticsearchSidecar::looksLikeElasticsearch).orElse(null);
        stopProcessTree(launcher != null ? launcher : previous.get(), pid);
        deleteQuietly(pidFile);
        deleteQuietly(ownerFile());
    }

    private void checkPortsAreFree() {
        switch (probe(httpPort)) {
            case PortState.Free free -> {
            }
            case PortState.Sidecar sidecar -> throw new SidecarException("an Elasticsearch sidecar is already running on port "
                    + httpPort + " (pid " + (sidecar.pid() > 0 ? String.valueOf(sidecar.pid()) : "unknown") + ")");
            case PortState.Other other -> throw new SidecarException("port " + httpPort + " is in use by another program");
        }
        int transportPort = httpPort + 100;
        if (!canBind(transportPort)) {
            throw new SidecarException("port " + transportPort + " (the transport port, HTTP port + 100) is in use by another program");
        }
    }

    private void launch(Path launcher) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            // Elasticsearch refuses uid 0: run it in a new user namespace where this uid is mapped to 1000.
            command.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000", "--"));
        }
        command.add(launcher.toString());
        command.addAll(List.of("-p", pidFile().toString()));
        for (Map.Entry<String, String> setting : nodeSettings().entrySet()) {
            command.add("-E" + setting.getKey() + "=" + setting.getValue());
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(consoleLog().toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = pb.environment();
        env.put("ES_JAVA_HOME", javaHome.toString());
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.remove("ES_PATH_CONF"); // always <home>/config
        env.remove("JAVA_TOOL_OPTIONS"); // meant for this JVM, and Elasticsearch rejects it
        env.remove("_JAVA_OPTIONS");
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new SidecarException("could not launch Elasticsearch (" + String.join(" ", command.subList(0, Math.min(command.size(), 6)))
                    + " ...): " + e.getMessage(), e);
        }
        writeOwnerFile();
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::close, "es-sidecar-shutdown-" + httpPort);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    Map<String, String> nodeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("cluster.name", CLUSTER_NAME);
        settings.put("node.name", CLUSTER_NAME + "-" + httpPort);
        settings.put("network.host", "127.0.0.1");
        settings.put("http.port", String.valueOf(httpPort));
        settings.put("transport.port", String.valueOf(httpPort + 100));
        settings.put("discovery.type", "single-node");
        settings.put("xpack.security.enabled", "false");
        settings.put("path.data", dataDir.resolve("data").toString());
        settings.put("path.logs", dataDir.resolve("logs").toString());
        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        return settings;
    }

    private void awaitReady(long t0) {
        long deadline = t0 + startTimeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (closeRequested) {
                cleanUpAfterFailedStart();
                throw new SidecarException("Elasticsearch start-up on port " + httpPort + " was aborted because the sidecar was closed");
            }
            if (!process.isAlive()) {
                int code = process.exitValue();
                cleanUpAfterFailedStart();
                String unshareError = unshareError();
                if (unshareError != null) {
                    throw new SidecarException("Elasticsearch refuses to run as root and dropping root with unshare failed ("
                            + unshareError + "): allow unprivileged user namespaces or run as a non-root user");
                }
                throw new SidecarException("Elasticsearch exited with code " + code + " during start-up, see " + consoleLog());
            }
            try {
                HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                String status = field(STATUS_FIELD, response.body());
                if (response.statusCode() == 200 && CLUSTER_NAME.equals(field(CLUSTER_NAME_FIELD, response.body()))
                        && ("green".equals(status) || "yellow".equals(status))) {
                    return;
                }
            } catch (IOException notYet) {
                // connection refused while the node boots
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cleanUpAfterFailedStart();
                throw new SidecarException("interrupted while waiting for Elasticsearch on port " + httpPort + " to start", e);
            }
            if (System.nanoTime() > deadline) {
                cleanUpAfterFailedStart();
                throw new SidecarException("Elasticsearch was not ready within " + format(startTimeout)
                        + " (no yellow or green _cluster/health on port " + httpPort + "), see " + consoleLog());
            }
            sleep(250);
        }
    }

    /** The error line of a failed {@code unshare} (for example, user namespaces not permitted), if that is what happened. */
    private String unshareError() {
        try (var lines = Files.lines(consoleLog())) {
            return lines.limit(5).filter(line -> line.startsWith("unshare:")).findFirst().orElse(null);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    private void cleanUpAfterFailedStart() {
        serverPid = readPid(pidFile()).orElse(-1);
        stopProcess();
    }

    // ------------------------------------------------------------------------------------------------ stopping

    /** SIGTERM to {@code root}, up to 30 s for the whole tree (and {@code extraPid}) to exit, then SIGKILL. */
    private static void stopProcessTree(ProcessHandle root, long extraPid) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        if (extraPid > 0) { // the server JVM, in case it is no longer a descendant (orphaned)
            ProcessHandle.of(extraPid).filter(ProcessHandle::isAlive).filter(ElasticsearchSidecar::looksLikeElasticsearch)
                    .ifPresent(tree::add);
        }
        root.destroy();
        if (!awaitExit(tree, STOP_TIMEOUT)) {
            LOG.log(System.Logger.Level.WARNING, "Elasticsearch did not stop within {0} s after SIGTERM, killing it", STOP_TIMEOUT.toSeconds());
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
    }

    private static boolean awaitExit(Set<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        }
    }

    /** Blocks until the launcher exits; returns its exit code. */
    private int awaitExit() {
        Process p = process;
        if (p == null) {
            return 0;
        }
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook is running or about to run; close() is idempotent
        }
        shutdownHook = null;
    }

    // ------------------------------------------------------------------------------------------------ port probing

    sealed interface PortState {
        record Free() implements PortState {
        }

        record Sidecar(long pid) implements PortState {
        }

        record Other() implements PortState {
        }
    }

    /** Whether the port on 127.0.0.1 is free, answered by an Elasticsearch sidecar, or taken by something else. */
    static PortState probe(int port) {
        if (canBind(port)) {
            return new PortState.Free();
        }
        String base = "http://127.0.0.1:" + port;
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/_cluster/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() != 200 || !CLUSTER_NAME.equals(field(CLUSTER_NAME_FIELD, health.body()))) {
                return new PortState.Other();
            }
            long pid = -1;
            try {
                HttpResponse<String> nodes = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/_nodes/_local/process?filter_path=nodes.*.process.id"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                String id = field(PROCESS_ID_FIELD, nodes.body());
                pid = id == null ? -1 : Long.parseLong(id);
            } catch (IOException e) {
                // the pid is only for the message
            }
            return new PortState.Sidecar(pid);
        } catch (IOException e) {
            return new PortState.Other();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PortState.Other();
        }
    }

    static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // like Elasticsearch: a port in TIME_WAIT is free
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------ pid + owner files

    private Path pidFile() {
        return dataDir.resolve("es.pid");
    }

    private Path ownerFile() {
        return dataDir.resolve("es.owner");
    }

    private static OptionalLong readPid(Path pidFile) {
        try {
            String text = Files.readString(pidFile).trim();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Records which JVM owns the node, so a later start() can tell an orphan from a node in use. */
    private void writeOwnerFile() {
        ProcessHandle self = ProcessHandle.current();
        Properties owner = new Properties();
        owner.setProperty("pid", String.valueOf(self.pid()));
        self.info().startInstant().ifPresent(start -> owner.setProperty("start", String.valueOf(start.toEpochMilli())));
        owner.setProperty("httpPort", String.valueOf(httpPort));
        try (Writer writer = Files.newBufferedWriter(ownerFile())) {
            owner.store(writer, "JVM that started the Elasticsearch sidecar in this data dir");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write {0}: {1}", ownerFile(), e.getMessage());
        }
    }

    /** The owner JVM recorded in es.owner, if it is still alive (and is the same process, not a reused pid). */
    private Optional<ProcessHandle> liveOwner() {
        Properties owner = new Properties();
        try (Reader reader = Files.newBufferedReader(ownerFile())) {
            owner.load(reader);
            long pid = Long.parseLong(owner.getProperty("pid", "-1"));
            String start = owner.getProperty("start");
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> start == null
                    || p.info().startInstant().map(Instant::toEpochMilli).map(s -> s == Long.parseLong(start)).orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a process is an Elasticsearch launcher or server JVM (their command lines name
     * {@code org.elasticsearch.launcher.CliToolLauncher} and {@code org.elasticsearch.server/...}), and is neither
     * this JVM nor one of its ancestors: a guard against pids reused by unrelated processes.
     */
    static boolean looksLikeElasticsearch(ProcessHandle process) {
        ProcessHandle self = ProcessHandle.current();
        for (Optional<ProcessHandle> p = Optional.of(self); p.isPresent(); p = p.get().parent()) {
            if (p.get().pid() == process.pid()) {
                return false;
            }
        }
        return commandLine(process).contains("org.elasticsearch");
    }

    /**
     * The process's command line. On Linux read from /proc, because {@link ProcessHandle.Info#commandLine()} is
     * empty for command lines as long as the Elasticsearch server JVM's.
     */
    private static String commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        if (Files.isReadable(proc)) {
            try {
                return new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' ');
            } catch (IOException e) {
                // fall back to ProcessHandle.Info
            }
        }
        ProcessHandle.Info info = process.info();
        return info.commandLine()
                .or(() -> info.arguments().map(a -> info.command().orElse("") + " " + String.join(" ", a)))
                .orElse("");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static boolean runningAsRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String field(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json == null ? "" : json);
        return m.find() ? m.group(1) : null;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SidecarException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String format(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + " ms";
        }
        return d.toSeconds() + " s";
    }

    @Override
    public String toString() {
        return "ElasticsearchSidecar[" + url() + ", home=" + home + ", dataDir=" + dataDir + "]";
    }

    // ------------------------------------------------------------------------------------------------ builder

    /** Builds a sidecar; {@link #home} and {@link #dataDir} are required. */
    public static final class Builder {
        private Path home;
        private Path dataDir;
        private int httpPort = DEFAULT_HTTP_PORT;
        private Path javaHome;
        private String heap = DEFAULT_HEAP;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;

        private Builder() {
        }

        /** The unpacked Elasticsearch distribution (with {@code bin/elasticsearch}). */
        public Builder home(Path esHome) {
            this.home = Objects.requireNonNull(esHome, "esHome");
            return this;
        }

        /** Where the node keeps its data, logs and pid file; keep it out of {@code target/} to survive mvn clean. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** HTTP port on 127.0.0.1 (default 9250); the transport port is this + 100. */
        public Builder httpPort(int httpPort) {
            if (httpPort < 1024 || httpPort > 65435) {
                throw new IllegalArgumentException("httpPort must be between 1024 and 65435 (the transport port is httpPort + 100), got " + httpPort);
            }
            this.httpPort = httpPort;
            return this;
        }

        /** Java 21+ for Elasticsearch (ES_JAVA_HOME); default {@link ElasticsearchSidecar#findJavaHome21()}. */
        public Builder javaHome(Path javaHome) {
            this.javaHome = Objects.requireNonNull(javaHome, "javaHome");
            return this;
        }

        /** Heap size, {@code -Xms} and {@code -Xmx} (default "512m"). */
        public Builder heap(String heap) {
            if (heap == null || !HEAP_SIZE.matcher(heap).matches()) {
                throw new IllegalArgumentException("heap must look like 512m or 1g, got " + heap);
            }
            this.heap = heap;
            return this;
        }

        /** How long {@link ElasticsearchSidecar#start()} waits for yellow or green (default 2 minutes). */
        public Builder startTimeout(Duration startTimeout) {
            if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
                throw new IllegalArgumentException("startTimeout must be positive, got " + startTimeout);
            }
            this.startTimeout = startTimeout;
            return this;
        }

        public ElasticsearchSidecar build() {
            if (home == null) {
                throw new IllegalStateException("the Elasticsearch home is required: call home(Path)");
            }
            if (dataDir == null) {
                throw new IllegalStateException("the data dir is required: call dataDir(Path)");
            }
            if (javaHome == null) {
                javaHome = findJavaHome21().orElseThrow(() -> new SidecarException(
                        "no Java 21 or newer found to run Elasticsearch: set ES_JAVA_HOME or call javaHome(Path)"));
            }
            return new ElasticsearchSidecar(this);
        }
    }
}
