package org.setsafe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.CompareJson;
import org.setsafe.cli.text.CompareText;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.compare.Comparison;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.report.sheet.CompareWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code setsafe compare A B [C...]}: incidents side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two or more incidents side by side.",
      "Shows their facts, every protocol check assessed in any of them (failed in all / failed in"
          + " some), outcomes by party role, and a plain-language summary of what they share and how"
          + " they differ. Each ID is an id, a unique id prefix or title words: 'setsafe compare rust"
          + " crow'."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin ReferenceOption reference;
  @Mixin RedactOption redact;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      completionCandidates = Candidates.ReferenceIds.class,
      description =
          "Two or more incidents: ids, id prefixes or title words. After the first two, each"
              + " argument up to the first that names an existing file or folder (or -) is one"
              + " more ID; the rest are PATHs.")
  String first;

  @Parameters(
      index = "1",
      paramLabel = "ID",
      completionCandidates = Candidates.ReferenceIds.class,
      arity = "0..1",
      description = "The second incident (then more IDs, then PATHs).")
  String second;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.xlsx",
      description =
          "Also write the comparison to a Compare sheet in FILE.xlsx (a workbook setsafe wrote is"
              + " replaced; any other file only with --force).")
  Path output;

  @Option(names = "--force", description = "Replace -o even when setsafe did not write it.")
  boolean force;

  @Mixin WidthOption width;

  @Override
  public Integer call() {
    int columns = width.columns();
    if (output != null) {
      OutputPaths.requireFile("-o", output, ".xlsx");
      OutputPaths.requireReplaceable("-o", output, force);
    }
    List<String> ids = new ArrayList<>();
    ids.add(first);
    if (second != null) {
      ids.add(second);
    }
    // after the first two IDs: more IDs, up to the first argument that is a file or folder
    List<Path> given = new ArrayList<>(input.paths);
    while (!given.isEmpty() && !isInput(given.get(0))) {
      ids.add(given.remove(0).toString());
    }
    input.paths = given;
    if (ids.size() < 2) {
      throw new UsageException(
          "compare needs at least two incidents (got only '"
              + ids.get(0)
              + "'); to find incidents like it, try 'setsafe precedents "
              + ids.get(0)
              + "'");
    }
    Inputs.Loaded d = Inputs.load(input, reference, redact);
    List<IncidentRecord> records = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      IncidentRecord r = d.one(ids.get(k));
      for (int j = 0; j < records.size(); j++) {
        if (records.get(j).id().equals(r.id())) {
          throw new UsageException(
              "'"
                  + ids.get(j)
                  + "' and '"
                  + ids.get(k)
                  + "' are both "
                  + r.id()
                  + "; compare different incidents");
        }
      }
      records.add(r);
    }
    Comparison c = Comparison.of(records, ProtocolCatalog.bundled());
    PrintWriter out = spec.commandLine().getOut();
    if (common.json()) {
      out.print(JsonEnvelope.write("compare", CompareJson.comparison(c)));
    } else if (common.csv()) {
      out.print(CompareJson.csv(c));
    } else {
      out.print(CompareText.render(c, columns, Terminal.style()));
    }
    out.flush();
    if (output != null) {
      CompareWorkbook.write(c, output);
      PrintWriter err = spec.commandLine().getErr();
      err.println("setsafe: wrote the Compare sheet to " + output);
      err.flush();
    }
    if (output != null) {
      redact.finish(spec.commandLine().getErr(), output);
    } else {
      redact.finish(spec.commandLine().getErr());
    }
    return ExitCode.OK;
  }

  /** Whether an argument names an input (an existing file or folder, or - for standard input). */
  private static boolean isInput(Path p) {
    return p.toString().equals("-") || Files.exists(p);
  }
}
