package org.setsafe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.RecordText;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code setsafe show ID}: one incident in full. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show one incident in full.",
      "People and roles, failed checks with the rule each broke, every outcome, sources. ID may be an id,"
          + " a unique id prefix or title words (e.g. 'setsafe show rust')."
    })
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "Incident id, id prefix or title words.")
  String id;

  @Option(
      names = {"-i", "--in"},
      paramLabel = "PATH",
      description = "A dataset or log to search besides the reference data (repeatable).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--no-reference", description = "Search only the --in data.")
  boolean noReference;

  @Override
  public Integer call() {
    Dataset d = Inputs.load(paths, noReference, input.toImportOptions());
    IncidentRecord r = Inputs.one(d, id);
    PrintWriter out = spec.commandLine().getOut();
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    if (common.json()) {
      out.print(Json.write(Json.record(r, catalog)));
    } else {
      out.print(RecordText.render(r, catalog, Terminal.width()));
    }
    out.flush();
    return ExitCode.OK;
  }
}
