package org.setsafe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The direction of setsafe's packages, and which of them may use which libraries (DESIGN.md):
 *
 * <pre>
 * model ← protocol ← ingest ← analysis, compare ← report
 *                                      compare ← text (Lucene, behind compare.TextSimilarity)
 * data (the bundled files) under protocol and ingest; synth (generated logs) on model and protocol
 * the CLI on top; nothing in toolkit-core uses it
 * </pre>
 *
 * model, analysis and compare use no POI, JFreeChart, Jackson, AWT, Lucene, picocli or Commons CSV.
 * Checked on the compiled classes of both modules (this module's test classpath holds them all),
 * tests left out.
 */
class Architecture_PackagesTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.setsafe");

  @Test
  void packages_dependOnlyDownwards() {
    ArchRule layers =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model")
            .definedBy("org.setsafe.model..")
            .layer("data")
            .definedBy("org.setsafe.data..")
            .layer("protocol")
            .definedBy("org.setsafe.protocol..")
            .layer("ingest")
            .definedBy("org.setsafe.ingest..")
            .layer("synth")
            .definedBy("org.setsafe.synth..")
            .layer("analysis")
            .definedBy("org.setsafe.analysis..")
            .layer("compare")
            .definedBy("org.setsafe.compare..")
            .optionalLayer("text") // text similarity (Lucene), where it is built
            .definedBy("org.setsafe.text..")
            .layer("report")
            .definedBy("org.setsafe.report..")
            .layer("cli")
            .definedBy("org.setsafe.cli..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("text")
            .mayOnlyBeAccessedByLayers("report", "cli")
            .whereLayer("synth")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("analysis")
            .mayOnlyBeAccessedByLayers("report", "cli")
            .whereLayer("compare")
            .mayOnlyBeAccessedByLayers("text", "report", "cli")
            .whereLayer("ingest")
            .mayOnlyBeAccessedByLayers("analysis", "compare", "text", "report", "cli")
            .whereLayer("protocol")
            .mayOnlyBeAccessedByLayers(
                "ingest", "synth", "analysis", "compare", "text", "report", "cli")
            .whereLayer("data")
            .mayOnlyBeAccessedByLayers(
                "protocol", "ingest", "synth", "analysis", "compare", "text", "report", "cli")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers(
                "protocol", "ingest", "synth", "analysis", "compare", "text", "report", "cli");
    layers.check(CLASSES);
  }

  @Test
  void domainPackages_useNoFormatChartGuiOrSearchLibraries() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.setsafe.model..", "org.setsafe.analysis..", "org.setsafe.compare..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.poi..",
            "org.openxmlformats..",
            "org.jfree..",
            "com.fasterxml.jackson..",
            "java.awt..",
            "javax.swing..",
            "javax.imageio..",
            "org.apache.lucene..",
            "picocli..",
            "org.apache.commons.csv..")
        .because("the domain stays free of formats, charts, GUIs and search (DESIGN.md)")
        .check(CLASSES);
  }

  @Test
  void lucene_isUsedOnlyByTheTextPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.setsafe.text..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(CLASSES);
  }

  @Test
  void chartsAndPicocli_stayInTheReportAndTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.setsafe.report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jfree..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.setsafe.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(CLASSES);
  }
}
