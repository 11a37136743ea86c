package org.setsafe.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.FollowUps;
import org.setsafe.cli.text.ActionsCsv;
import org.setsafe.cli.text.ActionsText;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.model.Dataset;
import org.setsafe.model.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code setsafe actions [PATH...]}: the follow-up actions, overdue and open first, with the
 * figures.
 */
@Command(
    name = "actions",
    mixinStandardHelpOptions = true,
    description = {
      "List the corrective and preventive actions that followed the incidents: overdue first, then open, then"
          + " those whose status was never recorded, then done, verified and cancelled ones; with days open and"
          + " days overdue as of a day (default: today).",
      "Under the list: every action read counted by status, the median days to close, and the incidents that"
          + " have no follow-up action at all.",
      "With --from, --to or --month, the actions of the incidents in that period, as of its last"
          + " day (unless --as-of says otherwise).",
      "With PATHs (dataset folders, canonical files or flat logs with a mapping that makes actions), lists their"
          + " actions alone; with none, the reference dataset's (what followed the historical incidents)."
    })
final class ActionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Mixin AsOfOption asOf;
  @Mixin InputOptions input;
  @Mixin ReferenceOption reference;
  @Mixin PeriodOptions period;
  @Mixin RedactOption redact;

  @Option(
      names = "--open",
      description = "Only actions still open or in progress, and overdue ones.")
  boolean open;

  @Option(
      names = "--overdue",
      description =
          "Only actions past their due date and not known to be done: open, in progress, or with"
              + " no status recorded.")
  boolean overdue;

  @Option(
      names = "--owner",
      paramLabel = "NAME",
      description =
          "Only actions whose owner has these words (any case, e.g. 'grip' or 'Key grip'), or whose owner"
              + " role is this role (e.g. armorer).")
  String owner;

  @Override
  public Integer call() {
    Period p = period.period();
    LocalDate day = asOf.day(p);
    Dataset d = new Dataset();
    redact.window(p);
    Inputs.load(input, reference, redact).data().records().stream()
        .filter(r -> p.contains(r.incident().date()))
        .forEach(d::add);
    FollowUps figures = FollowUps.of(d.records(), day);
    ActionRow.Filter filter = new ActionRow.Filter(open, overdue, owner);
    List<ActionRow> rows = filter.apply(ActionRow.of(d.records(), day));
    PrintWriter out = spec.commandLine().getOut();
    switch (common.format) {
      case json -> {
        ObjectNode root = Json.object();
        root.put("as_of", day.toString());
        root.set("summary", Json.followUps(figures));
        ArrayNode a = root.putArray("actions");
        rows.forEach(r -> a.add(Json.actionRow(r)));
        out.print(JsonEnvelope.write("actions", root));
      }
      case csv -> ActionsCsv.write(rows, out);
      case table ->
          out.print(
              ActionsText.render(
                  rows, figures, shownAs(), input.paths().isEmpty(), Terminal.width()));
    }
    out.flush();
    redact.finish(spec.commandLine().getErr());
    return ExitCode.OK;
  }

  /** What the filters kept, in words, or null when none applied. */
  private String shownAs() {
    List<String> parts = new ArrayList<>();
    if (overdue) {
      parts.add("overdue");
    } else if (open) {
      parts.add("open");
    }
    if (owner != null && !owner.isBlank()) {
      parts.add("owner '" + owner.strip() + "'");
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }
}
