package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A version scheduled for a day that arrives while the application is down goes live when it comes
 * back, without anyone acting: the scheduler catches up from the stored state at start-up.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledPublicationAfterRestartIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Deployment(name = "kms", managed = false, testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void dueScheduledVersionGoesLiveAfterARestart() throws Exception {
    deployer.deploy("kms");
    Api bert = Api.as("bert.burgerzaken");
    Api bea = Api.as("bea.burgerzaken");
    Api admin = Api.as("adam.admin");
    LocalDate inTenDays = LocalDate.now(AMSTERDAM).plusDays(10);
    long id = Articles.publish(bert, bea, "burgerzaken", "Tarieven uittreksel", "Oude tarieven.");
    Api.Response draft = Articles.expect(bert.post("/api/articles/" + id + "/versions", Api.object()), 201);
    ObjectNode next = Articles.content("Tarieven uittreksel", "Nieuwe tarieven.");
    next.put("validFrom", inTenDays.toString());
    Articles.expect(bert.put("/api/articles/" + id + "/versions/2", next, draft.header("ETag").orElseThrow()), 200);
    Articles.expect(Articles.transition(bert, id, 2, "SUBMIT", null), 200);
    Articles.expect(Articles.transition(bea, id, 2, "APPROVE", null), 200);
    Articles.expect(Articles.transition(bea, id, 2, "SCHEDULE", null), 200);

    ObjectNode clock = Api.object();
    clock.put("now", inTenDays.atTime(6, 0).atZone(AMSTERDAM).toInstant().toString());
    Articles.expect(admin.put("/api/admin/clock", clock, null), 200);
    deployer.undeploy("kms");
    deployer.deploy("kms");
    try {
      Api reader = Api.as("anna.agent");
      int published = 0;
      for (int i = 0; i < 60 && published != 2; i++) {
        published = reader.get("/api/articles/" + id).body().path("publishedVersion").asInt();
        Thread.sleep(500);
      }
      assertThat(published).isEqualTo(2);
    } finally {
      Api.as("adam.admin").put("/api/admin/clock", Api.object(), null);
      deployer.undeploy("kms");
    }
  }
}
