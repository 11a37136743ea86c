package org.setsafe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.CompareJson;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.cli.text.PrecedentText;
import org.setsafe.compare.PrecedentRanking;
import org.setsafe.compare.Precedents;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.InputException;
import org.setsafe.text.TextPrecedents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code setsafe precedents ID [PATH...]}: the incidents most like a given one, with why. */
@Command(
    name = "precedents",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the incidents most like one incident, with the reasons.",
      "Ranks incidents by how much they resemble one incident (ID, looked up in your PATHs first,"
          + " then in the reference dataset), or each incident of your PATHs (--all), e.g. a near"
          + " miss. Two lists are ranked apart: 'In history' (the reference dataset, unless"
          + " --no-reference) and 'In your log' (the incidents of your PATHs), each with its own"
          + " top N. The score, from 0 to 1, is",
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
  @Mixin ReferenceOption reference;
  @Mixin RedactOption redact;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID",
      completionCandidates = Candidates.ReferenceIds.class,
      description =
          "The incident: an id, a unique id prefix or title words (not with --all, where the"
              + " first argument is a PATH).")
  String id;

  @Option(
      names = "--all",
      description = "Rank precedents for each incident of your PATHs, instead of one ID.")
  boolean all;

  /** The old spelling of {@code --all PATH}: {@code --log FILE}, kept as a hidden alias. */
  @Option(names = "--log", paramLabel = "FILE", hidden = true)
  Path log;

  /** The old spelling of {@code ID} with {@code --log}, kept as a hidden alias. */
  @Option(
      names = "--id",
      paramLabel = "ID",
      completionCandidates = Candidates.ReferenceIds.class,
      hidden = true)
  String logId;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "" + Precedents.DEFAULT_TOP,
      description = "How many precedents to show in each list (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin WidthOption width;

  @Override
  public Integer call() {
    int columns = width.columns();
    if (top < 1) {
      throw new UsageException("--top must be at least 1 (got " + top + ")");
    }
    List<Path> paths = new ArrayList<>(input.paths());
    if (log != null) { // --log FILE [--id ID]: the old spelling of [--all] FILE / ID FILE
      if (id != null) {
        throw new UsageException(
            "give either ID [PATH...] or --log FILE [--id ID], not both (--log is the old"
                + " spelling of --all PATH)");
      }
      paths.add(0, log);
      id = logId;
      all = logId == null;
    } else if (logId != null) {
      throw new UsageException("--id is the old spelling of ID: give the ID as the argument");
    }
    if (all && id != null) {
      paths.add(0, Path.of(id)); // with --all, the first argument is a PATH
      id = null;
    }
    if (!all && id == null) {
      throw new UsageException(
          "precedents needs an incident: give its ID (e.g. 'setsafe precedents rust my-log.csv'),"
              + " or --all PATH to rank each incident of your log");
    }
    if (all && paths.isEmpty()) {
      throw new UsageException("--all ranks each incident of your log: give its PATH");
    }
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    Precedents precedents = TextPrecedents.create(catalog);
    Inputs.Loaded loaded = Inputs.load(paths, reference.on(), input.toImportOptions(), redact);
    // your log: the PATHs' incidents; history: the reference dataset beside them
    List<IncidentRecord> yours = loaded.referenceIsData() ? List.of() : loaded.data().records();
    List<IncidentRecord> history =
        loaded.referenceIsData() ? loaded.data().records() : loaded.history().records();
    List<PrecedentRanking> rankings;
    if (all) {
      if (yours.isEmpty()) {
        throw new InputException(paths.get(0) + ": no incident in the log");
      }
      Precedents.Ranker ranker = precedents.ranker(yours, yours, top);
      history.forEach(ranker);
      rankings = ranker.rankings();
    } else {
      // --log FILE --id ID looks in the log only, as it always did
      IncidentRecord t = log != null ? Inputs.one(loaded.data(), id) : loaded.one(id);
      rankings = List.of(precedents.rank(t, history, yours, top));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.json()) {
      out.print(JsonEnvelope.write("precedents", CompareJson.precedents(rankings, catalog)));
    } else if (common.csv()) {
      out.print(CompareJson.precedentsCsv(rankings));
    } else {
      out.print(PrecedentText.render(rankings, catalog, columns, Terminal.style()));
    }
    out.flush();
    redact.finish(spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
