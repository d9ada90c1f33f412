package nl.gemeente.kms.exchange;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test inputs: the fixture folder with one of each error, completed with files that cannot live in git. */
public final class Fixtures {

  private Fixtures() {}

  public static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The bad folder copied to {@code dir}, plus a 50 MB file (sparse: it costs no disk, and is
   * refused before it is read) and a file that is not UTF-8 on line 3.
   */
  public static Path badFolder(Path dir) throws IOException {
    Path source = resource("fixtures/bad-folder");
    try (Stream<Path> walk = Files.walk(source)) {
      walk.forEach(p -> copy(p, dir.resolve(source.relativize(p).toString())));
    }
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("te-groot.md").toFile(), "rw")) {
      huge.setLength(50L * 1024 * 1024);
    }
    byte[] head = "---\nexternalId: test-utf8\ntitle: Caf".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\ndepartment: wmo\n---\nTekst.\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = {(byte) 0xE9};
    Files.write(dir.resolve("ongeldige-utf8.md"), concat(head, latin1, tail));
    return dir;
  }

  private static void copy(Path from, Path to) {
    try {
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else {
        Files.copy(from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
