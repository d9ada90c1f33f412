package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every cell of {@link AuthorizationMatrix} with real logins of the demo accounts, against
 * one deployment: each cell builds its own data, calls the endpoint as its column's employee and
 * checks the status. Refusals must be problem responses.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  /** The search index is built in the background after deployment; the search cells need it. */
  @BeforeAll
  static void waitForSearch() throws InterruptedException {
    Api agent = MatrixFixtures.session("kees.agent");
    for (int i = 0; i < 120 && agent.get("/api/search?q=paspoort").status() == 503; i++) {
      Thread.sleep(1000);
    }
  }

  static Stream<Arguments> cells() {
    return AuthorizationMatrix.ROWS.stream().flatMap(row -> Stream.of(Persona.values())
        .map(p -> Arguments.of(row.endpoint() + " [" + row.condition() + "] as " + p, row, p)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void eachCellAnswersItsStatus(String cell, AuthorizationMatrix.Row row, Persona persona) {
    Api.Response response = row.call().apply(MatrixFixtures.session(persona));
    int expected = row.expected().get(persona);
    assertThat(response.status()).as(cell + ": " + response).isEqualTo(expected);
    if (expected >= 400 && expected != 401) {
      assertThat(response.contentType()).as(cell).startsWith("application/problem+json");
    }
  }

  @Test
  void theDocumentedTableIsTheTestedTable() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "security.md"));
    assertThat(docs).as("docs/security.md must contain AuthorizationMatrix.markdown()").contains(AuthorizationMatrix.markdown());
  }
}
