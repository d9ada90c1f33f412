package nl.gemeente.kms.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Running imports and reading exports through the admin API, as the CLI does. */
final class Imports {

  private Imports() {}

  /** Starts an import, checks the 202 and its Location, and polls the job until it is over. */
  static JsonNode run(Api admin, String query, String contentType, byte[] body, Duration timeout) {
    Api.Response started = Articles.expect(admin.postBytes("/api/admin/imports" + query, contentType, body), 202);
    String location = URI.create(started.header("Location").orElseThrow()).getPath();
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode job = started.body();
    while (!isOver(job)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("import not finished after " + timeout + ": " + job);
      }
      pause(200);
      job = Articles.expect(admin.get(location), 200).body();
    }
    return job;
  }

  static JsonNode run(Api admin, String query, String contentType, byte[] body) {
    return run(admin, query, contentType, body, Duration.ofMinutes(2));
  }

  static boolean isOver(JsonNode job) {
    String state = job.path("state").asText();
    return state.equals("FINISHED") || state.equals("FAILED");
  }

  /** The exported JSON Lines of a department, only the articles whose external id starts with {@code prefix}. */
  static Map<String, JsonNode> exported(Api who, String department, String prefix) {
    String jsonl = new String(who.download("/api/admin/exports?format=jsonl&department=" + department), StandardCharsets.UTF_8);
    Map<String, JsonNode> mine = new LinkedHashMap<>();
    jsonl.lines().filter(line -> line.contains("\"externalId\":\"" + prefix)).forEach(line -> {
      JsonNode node = parse(line);
      mine.put(node.get("externalId").asText(), node);
    });
    return mine;
  }

  static JsonNode parse(String json) {
    try {
      return Api.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Map<String, String> unzip(byte[] archive) {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
