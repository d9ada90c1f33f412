package nl.gemeente.kms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the dependency direction: domain rules know no container, services know no HTTP. */
class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.gemeente.kms");

  @Test
  void theEditorialWorkflowIsPlainJava() {
    noClasses().that().resideInAPackage("nl.gemeente.kms.workflow..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "nl.gemeente.kms.schema..", "org.eclipse..")
        .check(classes);
  }

  /** The formats, the dry run and the CLI run without a server, so they may not lean on one. */
  @Test
  void theKnowledgeExchangeModuleIsPlainJava() {
    noClasses().that().resideInAnyPackage("nl.gemeente.kms.exchange.format..", "nl.gemeente.kms.exchange.report..",
            "nl.gemeente.kms.exchange.corpus..", "nl.gemeente.kms.exchange.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "nl.gemeente.kms.schema..", "org.eclipse..",
            "nl.gemeente.kms.exchange.application..", "nl.gemeente.kms.article..")
        .check(classes);
  }

  @Test
  void applicationServicesDoNotDependOnRestResources() {
    noClasses().that().resideInAPackage("..application..")
        .should().dependOnClassesThat().resideInAPackage("..interfaces.rest..")
        .check(classes);
  }

  @Test
  void theSchemaDoesNotDependOnTheApplication() {
    noClasses().that().resideInAPackage("nl.gemeente.kms.schema..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "nl.gemeente.kms.article..", "nl.gemeente.kms.search..", "nl.gemeente.kms.platform..", "nl.gemeente.kms.identity..")
        .check(classes);
  }
}
