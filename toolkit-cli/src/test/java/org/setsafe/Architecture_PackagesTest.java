package org.setsafe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The direction of setsafe's packages, and which of them may use which libraries (DESIGN.md), from
 * the bottom up:
 *
 * <pre>
 * model                  immutable domain types (no dependency)
 * data                   the bundled files (reference dataset, protocols, mappings), word lists
 * protocol               the catalog of checks, on model and data
 * io                     shared I/O plumbing: staged outputs, temporary files, pipes, writers
 * read                   CSV and XLSX row sources, and the diagnostics reading finds, on io
 * schema                 the canonical tables' fields and typed values read from rows
 * mapping                the mapping language: mappings, drafting, templates, input options
 * store                  the dataset store: reader, writer, atomic switch
 * ingest                 reading any input into records, and importing into a dataset
 * rules                  the rule files (reporting rules, OSHA's first-aid list, the ITA layout)
 *                        and the establishment file, on model, data and read
 * analysis, compare      figures and comparisons, on model, protocol (and read's diagnostics)
 * ita                    OSHA's Injury Tracking Application files: write and check, on analysis
 * text                   Lucene: word likeness, suggestions and what descriptions say, on compare
 *                        and analysis (it implements their interfaces of words)
 * synth                  generated logs, on model, protocol and schema (the incident fields)
 * redact                 redacted records: profiles, names, the ledger and the key, on ingest,
 *                        rules and schema
 * risk                   scene risk assessments: read through the mapping path, checked against
 *                        the protocols, the matrix, the law's list and the record, on ingest,
 *                        rules, analysis and compare (and the workbook layer for its sheets)
 * report.book            the workbook layer: book, pages, tables, cell text, text fitting
 * report.sheet           the sheets, over the report's figures
 * report.chart           the charts (data, drawing) and the Charts sheet
 * report                 the report run: reads records, writes the sheets and charts
 * cli                    the command on top; nothing in toolkit-core uses it
 * </pre>
 *
 * <p>model, analysis and compare use no POI, JFreeChart, Jackson, AWT, Lucene, picocli or Commons
 * CSV. Checked on the compiled classes of both modules (this module's test classpath holds them
 * all), tests left out.
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
            .layer("io")
            .definedBy("org.setsafe.io..")
            .layer("read")
            .definedBy("org.setsafe.read..")
            .layer("schema")
            .definedBy("org.setsafe.schema..")
            .layer("mapping")
            .definedBy("org.setsafe.mapping..")
            .layer("store")
            .definedBy("org.setsafe.store..")
            .layer("ingest")
            .definedBy("org.setsafe.ingest..")
            .layer("rules")
            .definedBy("org.setsafe.rules..")
            .layer("ita")
            .definedBy("org.setsafe.ita..")
            .layer("synth")
            .definedBy("org.setsafe.synth..")
            .layer("redact")
            .definedBy("org.setsafe.redact..")
            .layer("analysis")
            .definedBy("org.setsafe.analysis..")
            .layer("compare")
            .definedBy("org.setsafe.compare..")
            .optionalLayer("text") // text similarity (Lucene), where it is built
            .definedBy("org.setsafe.text..")
            .layer("risk")
            .definedBy("org.setsafe.risk..")
            .layer("book")
            .definedBy("org.setsafe.report.book..")
            .layer("sheet")
            .definedBy("org.setsafe.report.sheet..")
            .layer("chart")
            .definedBy("org.setsafe.report.chart..")
            .layer("report")
            .definedBy("org.setsafe.report")
            .layer("cli")
            .definedBy("org.setsafe.cli..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("risk")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("chart")
            .mayOnlyBeAccessedByLayers("report", "cli")
            .whereLayer("sheet")
            .mayOnlyBeAccessedByLayers("chart", "report", "cli")
            .whereLayer("book")
            .mayOnlyBeAccessedByLayers("sheet", "chart", "report", "cli", "risk")
            .whereLayer("text")
            .mayOnlyBeAccessedByLayers("report", "cli")
            .whereLayer("synth")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("redact")
            .mayOnlyBeAccessedByLayers("sheet", "chart", "report", "cli")
            .whereLayer("ita")
            .mayOnlyBeAccessedByLayers("report", "cli")
            .whereLayer("rules")
            .mayOnlyBeAccessedByLayers("ita", "redact", "sheet", "report", "cli", "risk")
            .whereLayer("analysis")
            .mayOnlyBeAccessedByLayers(
                "ita", "text", "book", "sheet", "chart", "report", "cli", "risk")
            .whereLayer("compare")
            .mayOnlyBeAccessedByLayers("text", "sheet", "report", "cli", "risk")
            .whereLayer("ingest")
            .mayOnlyBeAccessedByLayers("redact", "report", "cli", "risk")
            .whereLayer("store")
            .mayOnlyBeAccessedByLayers("ingest", "report", "cli", "risk")
            .whereLayer("mapping")
            .mayOnlyBeAccessedByLayers("store", "ingest", "report", "cli", "risk")
            .whereLayer("schema")
            .mayOnlyBeAccessedByLayers(
                "mapping", "store", "ingest", "synth", "redact", "report", "cli", "risk")
            .whereLayer("read")
            .mayOnlyBeAccessedByLayers(
                "schema",
                "mapping",
                "store",
                "ingest",
                "rules",
                "redact",
                "analysis",
                "ita",
                "sheet",
                "report",
                "cli",
                "risk")
            .whereLayer("io")
            .mayOnlyBeAccessedByLayers(
                "read", "store", "ingest", "book", "sheet", "chart", "report", "cli", "risk")
            .whereLayer("protocol")
            .mayOnlyBeAccessedByLayers(
                "schema",
                "mapping",
                "store",
                "ingest",
                "synth",
                "analysis",
                "compare",
                "text",
                "sheet",
                "chart",
                "report",
                "cli",
                "risk")
            .whereLayer("data")
            .mayOnlyBeAccessedByLayers(
                "protocol",
                "mapping",
                "ingest",
                "rules",
                "redact",
                "text",
                "synth",
                "report",
                "cli",
                "risk")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers(
                "protocol",
                "read",
                "schema",
                "mapping",
                "store",
                "ingest",
                "rules",
                "synth",
                "redact",
                "analysis",
                "ita",
                "compare",
                "text",
                "book",
                "sheet",
                "chart",
                "report",
                "cli",
                "risk");
    layers.check(CLASSES);
  }

  @Test
  void packages_formNoCycle() {
    slices().matching("org.setsafe.(**)").should().beFreeOfCycles().check(CLASSES);
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
