package nl.gemeente.kms.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.gemeente.kms.exchange.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KmsImportCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void aDryRunReportsLikeACompilerAndFailsOnErrors(@TempDir Path dir) throws IOException {
    Path folder = Fixtures.badFolder(dir);
    int exit = run(folder.toString(), "--dry-run");
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("onbekende-afdeling.md:4: error: department: unknown department burgerzakn; did you mean burgerzaken?")
        .contains("met-script.md:11: error: body:")
        .contains("9 record(s): 1 valid, 7 with errors, 1 repeating an earlier id");
  }

  @Test
  void aCleanInputPassesTheDryRunWithoutAServer() {
    int exit = run(Fixtures.resource("fixtures/bad-folder/dubbel").toString(), "--dry-run");
    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 record(s): 1 valid");
  }

  @Test
  void aRealRunWithErrorsUploadsNothing(@TempDir Path dir) throws IOException {
    int exit = run(Fixtures.badFolder(dir).toString(), "--url", "http://127.0.0.1:9");
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing imported");
  }

  @Test
  void mistakesOnTheCommandLineAreExplained() {
    assertThat(run("vacs.csv")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--department").contains("usage: kms import");
  }

  @Test
  void theProgressBarShowsCountRateAndEta() {
    assertThat(ProgressBar.render("IMPORTING", 4213, 10000, 312.4, 18L))
        .isEqualTo("importing  [############------------------] 4,213/10,000  42%  312/s  ETA 0:18");
  }

  private int run(String... args) {
    return KmsImportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), null, null);
  }
}
