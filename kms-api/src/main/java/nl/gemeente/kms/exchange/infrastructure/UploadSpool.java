package nl.gemeente.kms.exchange.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gemeente.kms.exchange.application.ImportRefused;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps an upload in a temporary file while its import job runs, so the job can read it twice
 * (validate, then write) without holding it in memory, and the request can return at once. Reading
 * stops one byte past the limit.
 */
@ApplicationScoped
public class UploadSpool {

  @Inject
  @ConfigProperty(name = "kms.import.max-upload-bytes", defaultValue = "1073741824")
  long maxBytes;

  public Path store(InputStream upload) {
    Path file = null;
    try {
      file = Files.createTempFile("kms-import-", ".upload");
      long copied = 0;
      byte[] buffer = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(file)) {
        for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
          copied += n;
          if (copied > maxBytes) {
            throw new ImportRefused(ImportRefused.Reason.TOO_LARGE, "The upload is larger than " + maxBytes
                + " bytes, the limit of this server (KMS_IMPORT_MAX_UPLOAD_BYTES). Split it into several imports.");
          }
          out.write(buffer, 0, n);
        }
      }
      return file;
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("could not store the upload", e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  private static void delete(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // a temporary file; the operating system cleans it up eventually
    }
  }
}
