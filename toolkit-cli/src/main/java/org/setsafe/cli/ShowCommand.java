package org.setsafe.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.analysis.SclResult;
import org.setsafe.cli.text.CsvTable;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.cli.text.RecordText;
import org.setsafe.cli.text.SclText;
import org.setsafe.data.BundledData;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.schema.IncidentFields;
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
      "Its class by potential for serious injury or death with the reasons for it (see 'setsafe"
          + " classify'), people and roles, failed checks with the rule each broke, every outcome,"
          + " the follow-up actions and where they stand, sources. ID may be an id, a unique id prefix or title words (e.g. 'setsafe"
          + " show rust')."
    })
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Mixin AsOfOption asOf;
  @Mixin InputOptions input;
  @Mixin ReferenceOption reference;
  @Mixin RedactOption redact;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      completionCandidates = Candidates.ReferenceIds.class,
      description =
          "Incident id, id prefix or title words; looked up in your PATHs first, then in the"
              + " reference dataset.")
  String id;

  @Option(
      names = "--sources",
      description =
          "List which source supports each outcome, each check and each action (matched by"
              + " source_url to the incident's sources), marking a weak source (a site listed as"
              + " weak in the reference's dataset.json), then the sources no row cites.")
  boolean sources;

  @Override
  public Integer call() {
    Inputs.Loaded loaded = Inputs.load(input, reference, redact);
    IncidentRecord r = loaded.one(id);
    PrintWriter out = spec.commandLine().getOut();
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    LocalDate recordAsOf = loaded.fromReference(r) ? BundledData.referenceAsOf() : null;
    LocalDate day = asOf.today();
    SclResult scl = ClassifyCommand.classifier().classify(r);
    if (common.json()) {
      ObjectNode n = Json.record(r, catalog);
      n.set("scl", SclText.json(scl));
      n.set("follow_up", Json.followUp(r.followUp(day)));
      if (recordAsOf != null) {
        n.put("record_as_of", recordAsOf.toString());
      }
      out.print(JsonEnvelope.write("show", n));
    } else if (common.csv()) {
      // one row: the incident's incidents.csv columns, then what show adds
      List<String> head = new ArrayList<>();
      List<Object> row = new ArrayList<>();
      IncidentFields.ALL.forEach(
          f -> {
            head.add(f.name());
            row.add(f.cell(r.incident()));
          });
      head.addAll(
          List.of("failed_checks", "scl_class", "potential_sif", "follow_up", "record_as_of"));
      row.add(String.join(";", r.failedChecks().stream().map(c -> c.checkId()).toList()));
      row.add(scl.sclClass().code());
      row.add(scl.potentialSif());
      row.add(r.followUp(day).state().code());
      row.add(recordAsOf == null ? "" : recordAsOf.toString());
      out.print(new CsvTable(head).add(row).render());
    } else if (sources) {
      out.print(
          RecordText.sources(
              r,
              catalog,
              Terminal.width(),
              recordAsOf,
              BundledData.referenceDescription()::weakness));
    } else {
      out.print(
          RecordText.render(
              r,
              catalog,
              Terminal.width(),
              day,
              recordAsOf,
              SclText.section(scl, Terminal.width())));
    }
    out.flush();
    redact.finish(spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
