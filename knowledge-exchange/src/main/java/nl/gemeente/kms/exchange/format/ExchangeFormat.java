package nl.gemeente.kms.exchange.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three inputs an import reads; the short names are those of the CLI and the API. */
public enum ExchangeFormat {
  /** A folder (or a zip of one) of {@code <slug>.md} files with YAML front matter. */
  MARKDOWN("md"),
  /** One JSON object per line, the shape of the JSON Lines export. */
  JSON_LINES("jsonl"),
  /** Question-answer records in the Rijksoverheid open-data CSV shape. */
  VAC_CSV("vac");

  private final String shortName;

  ExchangeFormat(String shortName) {
    this.shortName = shortName;
  }

  public String shortName() {
    return shortName;
  }

  public static Optional<ExchangeFormat> byName(String name) {
    return Arrays.stream(values()).filter(f -> f.shortName.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)).findFirst();
  }

  /** From the path: a folder, {@code .zip} or {@code .md} is Markdown; {@code .jsonl} JSON Lines; {@code .csv} question-answers. */
  public static Optional<ExchangeFormat> guess(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (Files.isDirectory(path) || name.endsWith(".zip") || name.endsWith(".md")) {
      return Optional.of(MARKDOWN);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    return name.endsWith(".csv") ? Optional.of(VAC_CSV) : Optional.empty();
  }

  /** Reads a file or, for Markdown, a folder or a zip of one. */
  public RecordReader open(Path path, ReadOptions options) throws IOException {
    if (this == MARKDOWN && Files.isDirectory(path)) {
      return new MarkdownFolderReader(path, options);
    }
    if (this == MARKDOWN && path.getFileName().toString().endsWith(".md")) {
      return new MarkdownFolderReader(path.getParent() == null ? Path.of(".") : path.getParent(), options, path);
    }
    return open(Files.newInputStream(path), path.getFileName().toString(), options);
  }

  /** Reads a stream; Markdown must then be a zip. {@code name} is the file name used in reports. */
  public RecordReader open(InputStream in, String name, ReadOptions options) {
    return switch (this) {
      case MARKDOWN -> new MarkdownZipReader(in, options);
      case JSON_LINES -> new JsonLinesReader(in, name, options);
      case VAC_CSV -> new VacCsvReader(in, name, options);
    };
  }
}
