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
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.InputException;
import org.setsafe.text.TextPrecedents;
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
      "Rank the incidents most like one incident, with the reasons.",
      "Ranks incidents by how much they resemble one incident: one from the data (ID), or each"
          + " incident of your log (--log), e.g. a near miss. Two lists are ranked apart: 'In"
          + " history' (the reference incidents and any --in data) and 'In your log' (the other"
          + " incidents of the same input), each with its own top N. The score, from 0 to 1, is",
      "    0.40 x likeness of the words          + 0.30 x share of its failed checks",
      "  + 0.15 x same category                  + 0.05 x same activity",
      "  + 0.05 x overlap of roles involved      + 0.05 x overlap of the HFACS layers",
      "Words: title, summary, note and check evidence, English stemming and stop words, BM25;"
          + " 1 = as alike as the incident is to itself. Failed checks: the share of its failures"
          + " the other incident also failed, each counted by the other's confidence (confirmed 1,"
          + " reported 0.85, alleged 0.6, inferred 0.4); a failure of its own that is only"
          + " inferred, e.g. suggested by its words (see 'setsafe suggest'), counts 0.15. Overlap ="
          + " shared / in either. Equal scores are ordered by id."
    })
final class PrecedentsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin RedactOption redact;

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
      description = "How many precedents to show in each list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = {"-i", "--in"},
      paramLabel = "PATH",
      description =
          "More datasets or logs to rank as history besides the reference data (repeatable).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--no-reference", description = "Rank only the --in data as history.")
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
    List<Path> yours = new ArrayList<>(paths);
    if (target.log != null) {
      yours.add(0, target.log);
    }
    redact.prepare(yours, input.toImportOptions());
    Precedents precedents = TextPrecedents.create(catalog);
    List<PrecedentRanking> rankings;
    if (target.log != null) {
      Dataset log = read(List.of(target.log), catalog);
      if (log.size() == 0) {
        throw new InputException(target.log + ": no incident in the log");
      }
      List<IncidentRecord> targets =
          logId == null ? log.records() : List.of(Inputs.one(log, logId));
      Precedents.Ranker ranker = precedents.ranker(targets, log.records(), top);
      if (noReference && paths.isEmpty()) {
        throw new UsageException("--no-reference needs at least one --in PATH to rank");
      }
      if (!noReference) {
        Ingest.reference().records().forEach(ranker);
      }
      if (!paths.isEmpty()) {
        read(paths, catalog).records().forEach(ranker);
      }
      rankings = ranker.rankings();
    } else {
      rankings = List.of(rankOne(precedents, catalog));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.json()) {
      out.print(Json.write(CompareJson.precedents(rankings, catalog)));
    } else {
      out.print(PrecedentText.render(rankings, catalog, columns, Terminal.style()));
    }
    out.flush();
    redact.finish(spec.commandLine().getErr());
    return ExitCode.OK;
  }

  /**
   * The incident named by ID, found in the reference data or an --in input. When it comes from an
   * input, the other incidents of that input are its log and the rest is history.
   */
  private PrecedentRanking rankOne(Precedents precedents, ProtocolCatalog catalog) {
    if (noReference && paths.isEmpty()) {
      throw new UsageException("--no-reference needs at least one PATH");
    }
    List<Dataset> inputs = new ArrayList<>();
    for (Path p : paths) {
      inputs.add(read(List.of(p), catalog));
    }
    Dataset reference = noReference ? new Dataset() : Ingest.reference();
    Dataset all = new Dataset(reference.records());
    inputs.forEach(d -> d.records().forEach(all::add));
    IncidentRecord t = Inputs.one(all, target.id);
    int from = -1;
    for (int k = 0; k < inputs.size(); k++) {
      if (inputs.get(k).get(t.id()).isPresent()) {
        from = k;
      }
    }
    List<IncidentRecord> history = new ArrayList<>(reference.records());
    for (int k = 0; k < inputs.size(); k++) {
      if (k != from) {
        history.addAll(inputs.get(k).records());
      }
    }
    List<IncidentRecord> log = from < 0 ? List.of() : inputs.get(from).records();
    return precedents.rank(t, history, log, top);
  }

  private Dataset read(List<Path> files, ProtocolCatalog catalog) {
    return new Dataset(redact.read(files, input.toImportOptions()));
  }
}
