package org.setsafe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.setsafe.cli.text.CsvTable;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.ingest.Importer;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.IngestListener;
import org.setsafe.text.CheckSuggester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code setsafe import LOG... --into DIR}: converts and merges logs into a canonical dataset. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Convert and merge logs into a canonical dataset folder.",
      "Incidents already in DIR stay; an incident whose id comes again is replaced, so importing the same"
          + " log twice changes nothing. Rows with problems go to DIR/rejects.csv with the reason. Prints"
          + " read / imported / rejected counts. Exit 1 when any row was rejected (the good rows are"
          + " imported all the same)."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin AsOfOption asOf;

  @Option(
      names = "--into",
      required = true,
      paramLabel = "DIR",
      description = "The dataset folder to write (created if missing).")
  Path into;

  @Option(names = "--strict", description = "Import nothing if any row has an error.")
  boolean strict;

  @Option(
      names = "--suggest",
      description =
          "Also record the checks each description suggests failed (see 'setsafe suggest'), as"
              + " checks with confidence inferred and the evidence 'suggested from the"
              + " description: <words>'; never for a check the row already has a result for."
              + " Where a row names no hazard category (or 'other'), record the one its words"
              + " speak of, marked inferred with the words (category_evidence).")
  boolean suggest;

  @Option(
      names = {"-q", "--quiet"},
      description = "Do not print each problem, only the counts.")
  boolean quiet;

  @Override
  public Integer call() {
    List<Path> logs = input.paths();
    if (logs.isEmpty()) {
      throw new UsageException(
          "import needs at least one PATH to read (a log, a workbook or a dataset folder)");
    }
    OutputPaths.requireFolder("--into", into);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Diagnostic> problems =
        common.format == CommonOptions.Format.json ? new ArrayList<>() : null;
    IngestListener listener =
        d -> {
          if (problems != null) {
            problems.add(d);
          } else if (!quiet) {
            err.println(d);
          }
        };
    Importer importer =
        new Importer(input.toImportOptions().withToday(asOf.today()), ProtocolCatalog.bundled());
    AtomicLong suggested = new AtomicLong();
    AtomicLong categories = new AtomicLong();
    if (suggest) {
      CheckSuggester suggester = CheckSuggester.bundled();
      importer =
          importer.enriching(
              rec -> {
                IncidentRecord h = suggester.hazards().withHazard(rec);
                categories.addAndGet(h == rec ? 0 : 1);
                IncidentRecord e = suggester.withSuggestions(h);
                suggested.addAndGet(e.checks().size() - rec.checks().size());
                return e;
              });
    }
    Importer.Result r = importer.run(logs, into, strict, listener);
    err.flush();
    if (common.json()) {
      ObjectNode root = Json.object();
      root.put("read", r.ingest().read());
      root.put("imported", r.ingest().imported());
      root.put("rejected", r.ingest().rejected());
      root.put("incidents_in_dataset", r.incidentsNow());
      root.put("replaced", r.replaced());
      root.put("kept_from_before", r.keptFromBefore());
      root.put("rejects_file", r.rejects().toString());
      if (suggest) {
        root.put("suggested_checks", suggested.get());
        root.put("inferred_categories", categories.get());
      }
      root.set("files", Json.files(r.ingest()));
      out.print(JsonEnvelope.write("import", root, problems));
    } else if (common.csv()) {
      List<JsonNode> files = new ArrayList<>();
      Json.files(r.ingest()).forEach(files::add);
      out.print(CsvTable.of(files, List.of("file", "read", "imported", "rejected")).render());
    } else {
      ValidateCommand.fileCounts(out, r.ingest());
      out.printf(
          "read %,d, imported %,d, rejected %,d%n",
          r.ingest().read(), r.ingest().imported(), r.ingest().rejected());
      out.printf(
          "%s now holds %,d incident(s): %,d kept from before, %,d replaced by this import%n",
          into, r.incidentsNow(), r.keptFromBefore(), r.replaced());
      if (suggest) {
        out.printf(
            "suggested from the descriptions: %,d check failure(s), recorded as inferred%n",
            suggested.get());
        out.printf(
            "hazard category read from the descriptions of rows that named none: %,d, recorded as"
                + " inferred with the words%n",
            categories.get());
      }
      long unread = r.ingest().files().stream().mapToLong(f -> f.unreadLines()).sum();
      if (r.ingest().rejected() > 0 || unread > 0) {
        out.printf(
            "rejected rows%s, with the reasons: %s%n",
            unread > 0 ? String.format(" and %,d line(s) not read", unread) : "", r.rejects());
      }
    }
    out.flush();
    return r.ingest().rejected() > 0 || r.ingest().errors() > 0 ? ExitCode.BAD_DATA : ExitCode.OK;
  }
}
