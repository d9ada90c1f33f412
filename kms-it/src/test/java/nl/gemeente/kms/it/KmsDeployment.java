package nl.gemeente.kms.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployable exactly as built: the tests exercise the real WAR, not a hand-picked subset. */
final class KmsDeployment {

  private KmsDeployment() {}

  static WebArchive war() {
    File war = new File(System.getProperty("it.war", "target/deploy/kms.war"));
    return ShrinkWrap.create(ZipImporter.class, "kms.war").importFrom(war).as(WebArchive.class);
  }
}
