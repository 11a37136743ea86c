package org.setsafe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.RiskText;
import org.setsafe.cli.text.Text;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.RiskMatrix;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.read.Diagnostics;
import org.setsafe.risk.Assessment;
import org.setsafe.risk.ReviewWorkbook;
import org.setsafe.risk.RiskCheck;
import org.setsafe.risk.SceneReview;
import org.setsafe.rules.HighEnergyFile;
import org.setsafe.rules.RiskMatrixFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code setsafe risk check RA}: what each scene's assessment lacks before the shoot. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a scene risk assessment (CSV or XLSX, one row per hazard) against the protocols, the"
          + " matrix, California Labor Code §9152.5 and the record, scene by scene.",
      "A scene is not ready when: a high-energy hazard has no direct control planned; a check its"
          + " protocol requires is missing; an activity on §9152.5(c)'s list lacks its specific"
          + " assessment; the risk is not rated, or the residual risk is not re-rated, not lower"
          + " than the initial or above the acceptable band; it is unsigned, signed by the"
          + " assessor alone or before its last change; its shoot date has passed unsigned; or a"
          + " row has an error. For each missing control: the historical incidents where it"
          + " failed and what followed, and with --log the production's own incidents where it"
          + " failed (kept apart).",
      "Exit 1 when a scene is not ready, so a script can gate a call sheet on it."
    })
final class RiskCheckCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    json,
    csv
  }

  /** {@code --matrix FILE}: a production's own matrix, in the bundled one's form. */
  static final class MatrixOption {
    @Option(
        names = "--matrix",
        paramLabel = "MATRIX.json",
        description =
            "The risk matrix (default: setsafe's 5 by 5, data/rules/risk-matrix.json): scales,"
                + " their words and the acceptable residual bands.")
    Path file;

    RiskMatrix matrix() {
      return file == null ? RiskMatrixFile.bundled() : RiskMatrixFile.load(file);
    }
  }

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;
  @Mixin InputOptions input;
  @Mixin RedactOption redact;
  @Mixin AsOfOption asOf;
  @Mixin WidthOption width;
  @Mixin MatrixOption matrix;

  @Parameters(
      index = "0",
      paramLabel = "RA",
      description =
          "The risk assessment: CSV or XLSX in setsafe's columns (as 'risk template' writes), or"
              + " mapped with --mapping (a mapping with \"record\": \"assessment\").")
  Path assessment;

  @Option(
      names = "--log",
      paramLabel = "LOG",
      description =
          "The production's incident log (or dataset folder), for its own incidents where each"
              + " missing control failed.")
  Path log;

  @Option(
      names = "--log-mapping",
      paramLabel = "MAPPING.json",
      description = "Column mapping for the --log, when its layout needs one.")
  Path logMapping;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv has one row"
              + " per gap.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "review.xlsx",
      description = "Also write the review as a workbook: scenes, gaps, lessons and the matrix.")
  Path output;

  /** The checker every risk command uses: bundled protocols, rules and the reference record. */
  static RiskCheck checker(
      ProtocolCatalog catalog,
      RiskMatrix matrix,
      List<IncidentRecord> history,
      List<IncidentRecord> production,
      LocalDate today) {
    return new RiskCheck(
        catalog,
        HighEnergyFile.bundled(),
        matrix,
        RiskMatrixFile.bundledSpecific(),
        history,
        production,
        today == null ? LocalDate.now() : today,
        ProtocolCheck::required);
  }

  @Override
  public Integer call() {
    Suggestions.requireExisting("RA", assessment);
    if (log != null) {
      Suggestions.requireExisting("--log", log);
    }
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    RiskMatrix m = matrix.matrix();
    if (!input.paths.isEmpty()) {
      // the input mixin's PATH... after RA: never read silently as something else
      throw new UsageException(
          "risk check reads one assessment (RA); give the production's log with --log "
              + input.paths.get(0));
    }
    ImportOptions options = input.toImportOptions();
    Assessment a = Assessment.read(assessment, assessment.toString(), options, catalog, m);
    if (redact.on()) {
      // the assessment's own people and places are searched for in its text and the log's
      RedactedReview.learn(a, redact);
    }
    List<IncidentRecord> own = null;
    if (log != null) {
      own = new ArrayList<>();
      Diagnostics problems = new Diagnostics(0);
      ColumnMapping lm =
          logMapping == null ? null : ColumnMapping.load(InputOptions.resolveMapping(logMapping));
      ImportOptions logOptions = new ImportOptions(options.charset(), lm, null);
      if (redact.on()) {
        // the production's own incidents, redacted before they are shown beside the scenes
        own.addAll(redact.read(List.of(log), logOptions));
      } else {
        new Ingest(logOptions, catalog).read(List.of(log), problems, own::add);
        problems.requireNoErrors();
      }
    }
    RiskCheck check = checker(catalog, m, Ingest.reference().records(), own, asOf.today());
    List<SceneReview> scenes = check.review(a);
    String file = Text.path(assessment);
    if (redact.on()) {
      // reviewed as written (its findings are about its dates and signatures), shown redacted
      if (redact.redactor() == null) {
        redact.build(List.of());
      }
      RedactedReview shown = new RedactedReview(redact.redactor());
      scenes = shown.reviews(scenes);
      a = shown.assessment(a);
      file = redact.redactor().inputName(file);
    }
    if (output != null) {
      ReviewWorkbook.write(a, scenes, m, output);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case table -> RiskText.table(file, scenes, a.problems(), m, own != null, width.columns());
          case json -> RiskText.json(file, scenes, a.problems(), m);
          case csv -> RiskText.csv(scenes);
        });
    if (output != null && format == Format.table) {
      out.println("wrote " + Text.path(output));
    }
    out.flush();
    if (output != null) {
      redact.finish(spec.commandLine().getErr(), output);
    } else {
      redact.finish(spec.commandLine().getErr());
    }
    boolean ready = !scenes.isEmpty() && scenes.stream().allMatch(SceneReview::ready);
    if (scenes.isEmpty()) {
      spec.commandLine().getErr().println(file + ": no scene could be read");
    }
    return ready ? ExitCode.OK : ExitCode.BAD_DATA;
  }
}
