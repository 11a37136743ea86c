package org.setsafe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.CompareJson;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.PrecedentText;
import org.setsafe.compare.PrecedentRanking;
import org.setsafe.compare.Precedents;
import org.setsafe.ingest.Diagnostics;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.IngestListener;
import org.setsafe.ingest.InputException;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code setsafe precedents ID | --log FILE}: the incidents most like a given one, with why. */
@Command(
    name = "precedents",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the reference incidents (and any --in data) by how much they resemble",
      "one incident: one from the data (ID), or each incident of your log (--log),",
      "e.g. a near miss. The score, from 0 to 1, is",
      "    0.50 x overlap of failed checks   + 0.20 x same category",
      "  + 0.10 x same activity             + 0.10 x overlap of roles involved",
      "  + 0.10 x overlap of the HFACS layers of the failed checks",
      "where overlap = shared / in either (Jaccard). Equal scores are ordered by id."
    })
final class PrecedentsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Parameters(
        paramLabel = "ID",
        description = "The incident: an id, a unique id prefix or title words.")
    String id;

    @Option(
        names = "--log",
        paramLabel = "FILE",
        description =
            "Your log (flat or canonical, read like 'import' reads it): ranks precedents for each incident in it.")
    Path log;
  }

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "With --log: only this incident of the log.")
  String logId;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "" + Precedents.DEFAULT_TOP,
      description = "How many precedents to show per incident (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = {"-i", "--in"},
      paramLabel = "PATH",
      description = "More datasets or logs to rank besides the reference data (repeatable).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--no-reference", description = "Rank only the --in data.")
  boolean noReference;

  @Mixin WidthOption width;

  @Override
  public Integer call() {
    int columns = width.columns();
    if (top < 1) {
      throw new UsageException("--top must be at least 1 (got " + top + ")");
    }
    if (logId != null && target.log == null) {
      throw new UsageException(
          "--id selects an incident of --log; without --log, give the ID as the argument");
    }
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    Precedents precedents = new Precedents(catalog);
    List<PrecedentRanking> rankings;
    if (target.log != null) {
      Dataset log = readLog(target.log, catalog);
      if (log.size() == 0) {
        throw new InputException(target.log + ": no incident in the log");
      }
      List<IncidentRecord> targets =
          logId == null ? log.records() : List.of(Inputs.one(log, logId));
      rankings = streamPool(precedents.ranker(targets, top), catalog);
    } else {
      Dataset pool = Inputs.load(paths, noReference, input.toImportOptions());
      rankings = List.of(precedents.rank(Inputs.one(pool, target.id), pool.records(), top));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.json()) {
      out.print(Json.write(CompareJson.precedents(rankings, catalog)));
    } else {
      out.print(PrecedentText.render(rankings, catalog, columns, Terminal.style()));
    }
    out.flush();
    return ExitCode.OK;
  }

  /**
   * Feeds the reference dataset and the --in data to the ranker record by record, so a large pool
   * (an insurer's pooled logs) is never held in memory.
   */
  private List<PrecedentRanking> streamPool(Precedents.Ranker ranker, ProtocolCatalog catalog) {
    if (noReference && paths.isEmpty()) {
      throw new UsageException("--no-reference needs at least one --in PATH to rank");
    }
    // one Ingest for both, so that an id of the pool's that the reference has is a duplicate
    Ingest ingest = new Ingest(input.toImportOptions(), catalog);
    if (!noReference) {
      ingest.readReference(IngestListener.of(x -> {}), ranker);
    }
    if (!paths.isEmpty()) {
      Diagnostics problems = new Diagnostics(1);
      ingest.read(paths, problems, ranker);
      if (problems.hasErrors()) {
        throw new InputException(
            problems.errors()
                + " problem(s) in the input, the first: "
                + problems.list().get(0)
                + " (run 'setsafe validate' to see them all)");
      }
    }
    return ranker.rankings();
  }

  private Dataset readLog(Path file, ProtocolCatalog catalog) {
    Dataset log = new Dataset();
    Diagnostics problems = new Diagnostics(1);
    new Ingest(input.toImportOptions(), catalog).read(List.of(file), problems, log::add);
    if (problems.hasErrors()) {
      throw new InputException(
          problems.errors()
              + " problem(s) in "
              + file
              + ", the first: "
              + problems.list().get(0)
              + " (run 'setsafe validate' to see them all)");
    }
    return log;
  }
}
