package nl.gemeente.kms.bench.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Liberty server under test: started and stopped by the bench, its heap read with jcmd. */
final class BenchServer implements AutoCloseable {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final Path wlp;
  private final String name;
  private final URI base;
  private boolean started;

  BenchServer(Path wlp, String name, int port) {
    this.wlp = wlp;
    this.name = name;
    this.base = URI.create("http://localhost:" + port);
  }

  URI base() {
    return base;
  }

  /** Starts the server and waits until the database and the search node are ready. */
  void start(Duration timeout) throws IOException, InterruptedException {
    run(List.of(wlp.resolve("bin/server").toString(), "start", name));
    started = true;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var r = http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the application is still being deployed
      }
      Thread.sleep(2000);
    }
    throw new IllegalStateException("server not ready after " + timeout + "; see " + wlp.resolve("usr/servers/" + name + "/logs"));
  }

  long pid() throws IOException {
    return Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).strip());
  }

  /** Used heap in MiB; after a full collection when {@code collectFirst}, i.e. what stays live. */
  long usedHeapMiB(boolean collectFirst) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    String pid = Long.toString(pid());
    if (collectFirst) {
      run(List.of(jcmd, pid, "GC.run"));
    }
    String info = run(List.of(jcmd, pid, "GC.heap_info"));
    Matcher m = USED.matcher(info);
    if (!m.find()) {
      throw new IllegalStateException("no heap figure in: " + info);
    }
    return Long.parseLong(m.group(1)) / 1024;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (started) {
      run(List.of(wlp.resolve("bin/server").toString(), "stop", name));
      started = false;
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }
}
