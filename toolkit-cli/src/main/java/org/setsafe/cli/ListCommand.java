package org.setsafe.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.setsafe.analysis.SclClassifier;
import org.setsafe.analysis.SclResult;
import org.setsafe.cli.text.CsvTable;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.cli.text.SclText;
import org.setsafe.cli.text.TextTable;
import org.setsafe.model.Category;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentFilter;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Period;
import org.setsafe.model.Role;
import org.setsafe.model.SclClass;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.schema.IncidentFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code setsafe list}: incidents as a table, filtered. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List incidents as a table, oldest first.",
      "Lists your PATHs, or with none the reference dataset; the filters combine (all must hold)."
    })
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin ReferenceOption reference;
  @Mixin RedactOption redact;

  @Option(
      names = "--category",
      paramLabel = "CATEGORY",
      description = "Only this category: ${COMPLETION-CANDIDATES}.")
  Category category;

  @Option(
      names = "--severity",
      paramLabel = "SEVERITY",
      description = "Only this severity or worse: ${COMPLETION-CANDIDATES}.")
  Severity severity;

  @Mixin PeriodOptions period;

  @Option(
      names = "--failed",
      paramLabel = "CHECK",
      completionCandidates = Candidates.CheckIds.class,
      description = "Only incidents where this check failed (a check id, e.g. NO_LIVE_AMMO).")
  String failed;

  @Option(
      names = "--class",
      paramLabel = "CLASS",
      description =
          "Only incidents of this class by potential for serious injury or death (see 'setsafe"
              + " classify'; a class at worst counts as that class): ${COMPLETION-CANDIDATES}.")
  SclClass sclClass;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Only incidents involving this role (people or outcomes), e.g. armorer.")
  Role role;

  @Override
  public Integer call() {
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    String failedId =
        failed == null
            ? null
            : catalog
                .check(failed)
                .map(c -> c.id())
                .orElseThrow(
                    () ->
                        new UsageException(
                            "unknown check id '"
                                + failed
                                + "'"
                                + Suggestions.didYouMean(failed, Suggestions.checkIds(catalog))
                                + " ('setsafe protocols' lists them)"));
    Period p = period.period();
    redact.window(p);
    Dataset d = Inputs.load(input, reference, redact).data();
    IncidentFilter filter = new IncidentFilter(category, severity, null, null, failedId, role);
    SclClassifier classifier = sclClass == null ? null : ClassifyCommand.classifier();
    Map<String, SclResult> classes = new HashMap<>();
    List<IncidentRecord> shown =
        d.records().stream()
            .filter(filter)
            .filter(r -> p.contains(r.incident().date()))
            .filter(
                r -> {
                  if (classifier == null) {
                    return true;
                  }
                  SclResult s = classifier.classify(r);
                  classes.put(r.id(), s);
                  return s.sclClass() == sclClass;
                })
            .sorted(
                Comparator.comparing((IncidentRecord r) -> r.incident().date())
                    .thenComparing(IncidentRecord::id))
            .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (common.json()) {
      ObjectNode data = Json.object();
      data.put("shown", shown.size());
      data.put("of", d.size());
      ArrayNode a = data.putArray("incidents");
      for (IncidentRecord r : shown) {
        ObjectNode n = Json.incident(r.incident()).put("failed_checks", r.failedChecks().size());
        if (classes.containsKey(r.id())) {
          n.set("scl", SclText.json(classes.get(r.id())));
        }
        a.add(n);
      }
      out.print(JsonEnvelope.write("list", data));
    } else if (common.csv()) {
      List<String> head = new ArrayList<>();
      IncidentFields.ALL.forEach(f -> head.add(f.name()));
      head.add("failed_checks");
      if (sclClass != null) {
        head.add("scl_class");
      }
      CsvTable t = new CsvTable(head);
      for (IncidentRecord r : shown) {
        List<Object> row = new ArrayList<>();
        IncidentFields.ALL.forEach(f -> row.add(f.cell(r.incident())));
        row.add(r.failedChecks().size());
        if (sclClass != null) {
          row.add(classes.get(r.id()).sclClass().code());
        }
        t.add(row);
      }
      out.print(t.render());
    } else {
      List<String> head =
          new ArrayList<>(
              List.of(
                  "ID", "Date", "Title", "Category", "Severity", "Killed", "Injured", "Failed"));
      if (sclClass != null) {
        head.add("Class");
      }
      TextTable t = new TextTable(head).noWrap(1).flex(2).alignRight(5).alignRight(6).alignRight(7);
      for (IncidentRecord r : shown) {
        var i = r.incident();
        List<String> row =
            new ArrayList<>(
                List.of(
                    i.id(),
                    i.date().toString(),
                    i.title(),
                    i.category().label(),
                    i.severity().label(),
                    String.valueOf(i.fatalities()),
                    i.injuries() == null ? "?" : String.valueOf(i.injuries()),
                    String.valueOf(r.failedChecks().size())));
        if (sclClass != null) {
          row.add(classes.get(r.id()).classText());
        }
        t.add(row);
      }
      out.print(t.render(Terminal.width()));
      out.printf("%d of %d incident(s)%n", shown.size(), d.size());
    }
    out.flush();
    redact.finish(spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
