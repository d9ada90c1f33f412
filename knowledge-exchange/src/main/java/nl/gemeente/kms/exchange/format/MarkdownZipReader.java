package nl.gemeente.kms.exchange.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Markdown folder uploaded as a zip (the API's way to receive a folder, and the export's way to
 * give one). Entries are read in archive order; each is read up to the limit only, so a zip bomb
 * costs no more memory than one refused file.
 */
final class MarkdownZipReader implements RecordReader {

  private final ZipInputStream zip;
  private final ReadOptions options;

  MarkdownZipReader(InputStream in, ReadOptions options) {
    this.zip = new ZipInputStream(in);
    this.options = options;
  }

  @Override
  public Optional<ParsedRecord> next() throws IOException {
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      String name = entry.getName().replace('\\', '/');
      if (entry.isDirectory() || !name.endsWith(".md") || isHidden(name)) {
        continue;
      }
      Optional<byte[]> bytes = Utf8.readAtMost(zip, options.maxRecordBytes());
      if (bytes.isEmpty()) {
        return Optional.of(MarkdownFolderReader.tooLarge(name, entry.getSize(), options.maxRecordBytes()));
      }
      return Optional.of(MarkdownArticleParser.parse(name, bytes.get()));
    }
    return Optional.empty();
  }

  // archives made on a Mac carry __MACOSX/._name.md copies of every file
  private static boolean isHidden(String name) {
    return name.startsWith("__MACOSX/") || name.startsWith(".") || name.contains("/.");
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
