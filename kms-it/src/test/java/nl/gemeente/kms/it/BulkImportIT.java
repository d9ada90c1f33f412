package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.gemeente.kms.exchange.corpus.CorpusGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 10,000 generated articles through the admin API, each one created, reviewed and published by the
 * workflow and indexed: it must finish within a few minutes on a CI machine with two cores. The
 * rate is printed for the record. A new seed each run keeps the ids apart from earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
class BulkImportIT {

  private static final int ARTICLES = 10_000;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @Test
  void tenThousandGeneratedArticlesArePublishedWithinMinutes() throws IOException {
    Api admin = Api.as("adam.admin");
    StringWriter corpus = new StringWriter();
    new CorpusGenerator(System.currentTimeMillis()).write(ARTICLES, corpus);
    byte[] upload = corpus.toString().getBytes(StandardCharsets.UTF_8);

    long started = System.nanoTime();
    JsonNode job = Imports.run(admin, "?format=jsonl&name=corpus.jsonl", "application/x-ndjson", upload, Duration.ofMinutes(10));
    double seconds = (System.nanoTime() - started) / 1e9;

    System.out.printf("BulkImportIT: %,d articles (%.1f MB) imported in %.1f s: %.0f articles/s overall,"
        + " %.0f/s while writing (server's figure)%n", ARTICLES, upload.length / 1e6, seconds, ARTICLES / seconds,
        job.path("progress").path("ratePerSecond").asDouble());
    assertThat(ImportExportIT.summary(job)).containsExactly(ARTICLES, 0, 0, 0);
    assertThat(job.path("progress").path("total").asInt()).isEqualTo(ARTICLES);
    assertThat(seconds).as("a few minutes on two cores").isLessThan(Duration.ofMinutes(8).toSeconds());
  }
}
