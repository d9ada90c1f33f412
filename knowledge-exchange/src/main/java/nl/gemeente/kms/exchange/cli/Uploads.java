package nl.gemeente.kms.exchange.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What the API receives: a file as it is, or a folder (or single file) of Markdown zipped. */
final class Uploads {

  private Uploads() {}

  /** The file to upload; a temporary zip, deleted on exit, for a Markdown folder or file. */
  static Path prepare(CliOptions options) throws IOException {
    Path input = options.input();
    boolean markdown = options.format() == nl.gemeente.kms.exchange.format.ExchangeFormat.MARKDOWN;
    if (!markdown || input.getFileName().toString().endsWith(".zip")) {
      return input;
    }
    Path root = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
    List<Path> files;
    if (Files.isDirectory(input)) {
      try (Stream<Path> walk = Files.walk(input)) {
        files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".md")).sorted().toList();
      }
    } else {
      files = List.of(input.toAbsolutePath());
    }
    Path zip = Files.createTempFile("kms-import-", ".zip");
    zip.toFile().deleteOnExit();
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Path file : files) {
        z.putNextEntry(new ZipEntry(root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/')));
        Files.copy(file, z);
        z.closeEntry();
      }
    }
    return zip;
  }
}
