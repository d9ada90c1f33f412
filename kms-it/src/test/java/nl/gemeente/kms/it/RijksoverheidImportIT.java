package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 180 real question-answer records of Rijksoverheid.nl (../shared/data, CC0), imported as
 * published Burgerzaken articles: text nobody here wrote, with its line breaks, quotes and long
 * answers. The ids are fixed, so on a database kept from an earlier run they are skipped instead.
 */
@ExtendWith(ArquillianExtension.class)
class RijksoverheidImportIT {

  private static final List<String> FILES = List.of("rijksoverheid_vacs_bzk.csv", "rijksoverheid_vacs_omgevingswet.csv");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  private final Api admin = Api.as("adam.admin");

  @Test
  void allRecordsArePublishedOnceWithTheirSourceAndARerunSkipsThem() throws IOException {
    int imported = 0;
    for (String file : FILES) {
      JsonNode job = Imports.run(admin, "?format=vac&department=burgerzaken&name=" + file, "text/csv", csv(file));
      List<Integer> s = ImportExportIT.summary(job);
      assertThat(s.get(3)).as("failed, problems: " + job.path("problems")).isZero();
      imported += s.get(0) + s.get(2);
    }
    assertThat(imported).isEqualTo(180);

    JsonNode passport = Imports.exported(admin, "burgerzaken", "79122ced-6f10-4974-8205-2c43a40fdf7b")
        .get("79122ced-6f10-4974-8205-2c43a40fdf7b");
    assertThat(passport.path("state").asText()).isEqualTo("PUBLISHED");
    assertThat(passport.path("title").asText()).isEqualTo("Bevat mijn paspoortnummer het cijfer ‘0’ of de letter ’O’?");
    assertThat(passport.path("sourceUrl").asText()).startsWith("https://www.rijksoverheid.nl/onderwerpen/paspoort-en-identiteitskaart/");
    assertThat(passport.path("audience").asText()).isEqualTo("PUBLIC");
    assertThat(passport.path("body").asText()).contains("Paspoortnummer invullen").endsWith("(CC0)");

    for (String file : FILES) {
      List<Integer> again = ImportExportIT.summary(Imports.run(admin, "?format=vac&department=burgerzaken", "text/csv", csv(file)));
      assertThat(again.get(0) + again.get(1) + again.get(3)).isZero();
    }
  }

  private static byte[] csv(String name) throws IOException {
    Path data = Path.of(System.getProperty("it.shared.data", "../../shared/data"), "rijksoverheid-vac", name);
    if (!Files.isRegularFile(data)) {
      throw new AssertionError("The Rijksoverheid data is expected at " + data.toAbsolutePath() + " (../shared/data from the project root)");
    }
    return Files.readAllBytes(data);
  }
}
