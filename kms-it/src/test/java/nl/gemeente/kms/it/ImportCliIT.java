package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gemeente.kms.exchange.cli.KmsImportCli;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code ./kms import} against a running KMS: validate offline, upload, follow the job, print the summary. */
@ExtendWith(ArquillianExtension.class)
class ImportCliIT {

  private static final String URL = "http://localhost:" + Integer.getInteger("it.http.port", 9181);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @Test
  void theCommandLineImportsAFolderThroughTheServerAndAReRunSkipsIt() throws IOException {
    String p = ImportRecords.prefix();
    Path folder = Files.createTempDirectory("kms-cli-it");
    Files.createDirectories(folder.resolve("vergunningen"));
    for (String name : new String[] {"terras", "kapvergunning"}) {
      Files.writeString(folder.resolve("vergunningen/" + p + "-" + name + ".md"), "---\nexternalId: " + p + "-" + name
          + "\ntitle: " + name + " aanvragen\ndepartment: vergunningen\naudience: PUBLIC\nshortAnswer: Online aanvragen.\n---\n"
          + "## Hoe?\n\nVia het Omgevingsloket.\n");
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(cli(out, folder.toString(), "--url", URL, "--user", "adam.admin")).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 record(s): 2 valid").contains("FINISHED: 2 created, 0 updated");

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(cli(again, folder.toString(), "--url", URL)).isZero();
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("FINISHED: 0 created, 0 updated, 2 skipped, 0 failed");

    ByteArrayOutputStream refused = new ByteArrayOutputStream();
    assertThat(cli(refused, folder.toString(), "--url", URL, "--user", "karin.km")).isEqualTo(1);
  }

  private static int cli(ByteArrayOutputStream out, String... args) {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return KmsImportCli.run(args, print, print, Api.DEMO_PASSWORD, null);
  }
}
