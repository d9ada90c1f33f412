package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The loop closes: the department's editors hear of a new report in their inbox, and the agent
 * who filed it hears of the triage and of the answer; an editor of another department hears nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReportLoopBackIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @Test
  void editorsAndTheReporterAreToldAndNobodyElse() {
    Api bert = Api.as("bert.burgerzaken");
    Api bea = Api.as("bea.burgerzaken");
    Api agent = Api.as("kees.agent");
    Api ben = Api.as("ben.belastingen");
    long articleId = Articles.publish(bert, bea, "burgerzaken", "Uittreksel gemeentelijke basisadministratie",
        "Een uittreksel kost € 15,50.");
    long reportId = Reports.file(agent, articleId, "De prijs op de website is € 16,20.");

    assertThat(Inbox.types(bea, articleId)).contains("REPORT");
    assertThat(Inbox.types(ben, articleId)).doesNotContain("REPORT");

    Reports.takeOn(bea, reportId, "bea.burgerzaken");
    long toldAfterTriage = Inbox.about(agent, articleId).stream().filter(n -> n.get("type").asText().equals("REPORT")).count();
    assertThat(toldAfterTriage).isGreaterThanOrEqualTo(1);

    Articles.expect(Reports.step(bea, reportId, "reject", "comment", "De website wordt aangepast; de prijs hier klopt."), 200);
    long toldAfterAnswer = Inbox.about(agent, articleId).stream().filter(n -> n.get("type").asText().equals("REPORT")).count();
    assertThat(toldAfterAnswer).isGreaterThan(toldAfterTriage);
  }
}
