package nl.gemeente.kms.exchange.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gemeente.kms.exchange.report.ImportProblem;

/**
 * Every {@code *.md} file under a folder, subfolders included, in name order (so reports and
 * imports are repeatable). Files larger than the limit are refused without being read.
 */
final class MarkdownFolderReader implements RecordReader {

  private final Path root;
  private final ReadOptions options;
  private final Iterator<Path> files;

  MarkdownFolderReader(Path root, ReadOptions options) throws IOException {
    this.root = root;
    this.options = options;
    try (Stream<Path> walk = Files.walk(root)) {
      this.files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
          .filter(p -> !root.relativize(p).toString().startsWith("."))
          .sorted()
          .toList()
          .iterator();
    }
  }

  /** Only one file of the folder. */
  MarkdownFolderReader(Path root, ReadOptions options, Path single) {
    this.root = root;
    this.options = options;
    this.files = List.of(single).iterator();
  }

  @Override
  public Optional<ParsedRecord> next() throws IOException {
    if (!files.hasNext()) {
      return Optional.empty();
    }
    Path path = files.next();
    String name = root.relativize(path).toString().replace('\\', '/');
    long size = Files.size(path);
    if (size > options.maxRecordBytes()) {
      return Optional.of(tooLarge(name, size, options.maxRecordBytes()));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return Optional.of(MarkdownArticleParser.parse(name, in.readAllBytes()));
    }
  }

  static ParsedRecord tooLarge(String name, long size, long limit) {
    String sizeText = size < 0 ? "larger than " + ReadOptions.megabytes(limit) : ReadOptions.megabytes(size);
    return ParsedRecord.unreadable(new SourceLocation(name, 1), ImportProblem.error(name, 1, "file", "too-large",
        "the file is " + sizeText + "; an article file may be at most " + ReadOptions.megabytes(limit)
            + " (an article body holds at most 200,000 characters). Split it, or raise the limit"
            + " (--max-file-size, KMS_IMPORT_MAX_FILE_BYTES) if it really is one article."));
  }

  @Override
  public void close() {
    // the folder listing holds no open files
  }
}
