package org.setsafe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.RiskText;
import org.setsafe.cli.text.Text;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.risk.AssessmentFiles;
import org.setsafe.risk.RiskCheck;
import org.setsafe.risk.RiskTemplate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code setsafe risk template}: an assessment to fill for a scene's activities. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Write a risk assessment to fill for a scene: one row per hazard, with the protocol's direct"
          + " controls and required checks listed as the planned controls to confirm.",
      "Fill in the activity, description, ratings (1-5 or the scale's words), owner, assessor,"
          + " authoriser and dates, then run 'setsafe risk check' on it. A .xlsx file also gets"
          + " the matrix (every cell's meaning) and the planned checks with their rules."
    })
final class RiskTemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;
  @Mixin RiskCheckCommand.MatrixOption matrix;

  static final class What {
    @Option(
        names = "--activities",
        split = ",",
        paramLabel = "CATEGORY",
        required = true,
        description =
            "The scene's hazards, as hazard categories separated by commas (firearm, stunt,"
                + " vehicle, ...).")
    List<String> activities;

    @Option(
        names = "--scene",
        paramLabel = "WORDS",
        required = true,
        description =
            "The scene in words (\"gunfight at the corral, rider falls from a horse\"); its"
                + " hazards are those of the protocols whose words it uses.")
    String words;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The scene's name on every row (default: the --scene words, else Scene 1).")
  String name;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The assessment to write: .csv, or .xlsx for a workbook.")
  Path output;

  @Override
  public Integer call() {
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    List<Category> categories = new ArrayList<>();
    if (what.activities != null) {
      for (String a : what.activities) {
        Category c = Coded.find(Category.class, a.strip());
        if (c == null) {
          throw new UsageException(
              "--activities: unknown hazard category '"
                  + a.strip()
                  + "'; expected one of: "
                  + Coded.codes(Category.class));
        }
        categories.add(c);
      }
    } else {
      categories.addAll(RiskTemplate.categories(what.words, catalog));
      if (categories.isEmpty()) {
        throw new UsageException(
            "--scene: no hazard the protocols know is named in '"
                + what.words
                + "'; name the hazards with --activities ("
                + Coded.codes(Category.class)
                + ")");
      }
    }
    RiskCheck check = RiskCheckCommand.checker(catalog, matrix.matrix(), List.of(), null, null);
    String scene = name != null ? name : what.words != null ? what.words.strip() : "Scene 1";
    List<AssessedHazard> rows = RiskTemplate.rows(scene, categories, check);
    AssessmentFiles.write(rows, RiskTemplate.checksNamed(rows, catalog), check.matrix(), output);
    PrintWriter out = spec.commandLine().getOut();
    out.print(RiskText.templateSummary(rows, Text.path(output)));
    out.flush();
    return ExitCode.OK;
  }
}
