package org.setsafe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.setsafe.analysis.Deadlines;
import org.setsafe.analysis.Recordkeeping;
import org.setsafe.cli.text.DueText;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.report.Readings;
import org.setsafe.rules.ReportingRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code setsafe due [PATH...]}: the reports each incident calls for, with their deadlines. */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description = {
      "List the reports each incident calls for, with their deadlines: missed first, then open"
          + " (soonest due first), then met, as of a day (default: today).",
      "Rules: US federal OSHA (29 CFR 1904.39: a death within 8 hours; an in-patient"
          + " hospitalisation, amputation or loss of an eye within 24 hours), California (T8 CCR"
          + " 342: a death or serious injury within 8 hours), Great Britain's RIDDOR 2013, and a"
          + " production's own (--rules). A report is met when a person's reported_at and"
          + " reported_to record it in time. What a person's care, days or injury was is read from"
          + " the log's columns, or else from the description's words (marked inferred).",
      "With no PATH, reads the reference dataset."
    })
final class DueCommand implements Callable<Integer> {
  /** Output formats of the deadlines. */
  enum Format {
    table,
    json,
    csv
  }

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;
  @Mixin AsOfOption asOf;
  @Mixin InputOptions input;
  @Mixin WidthOption width;
  @Mixin RedactOption redact;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "A production's own reporting rules (JSON, in the form of the bundled reporting.json,"
              + " e.g. \"tell the union within 24 hours\"), applied with the bundled ones.")
  Path rules;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv has one row per"
              + " report.")
  Format format;

  /** The bundled rules, with a production's own when given. */
  static ReportingRules rules(Path own) {
    ReportingRules r = ReportingRules.bundled();
    return own == null ? r : r.plus(ReportingRules.load(own));
  }

  @Override
  public Integer call() {
    ReportingRules all = rules(rules);
    LocalDate day = asOf.today();
    // PATH... comes with the input mixin; with none, the reference dataset is the data
    List<Path> paths = input.paths();
    Dataset d = Inputs.load(paths, paths.isEmpty(), input.toImportOptions(), redact).data();
    // with --redact, deadlines are counted from the records as written (a deadline counts from the
    // incident's hour, which redaction cuts) and shown redacted
    boolean redacted = redact.on() && !paths.isEmpty();
    List<IncidentRecord> records = redacted ? redact.originals() : d.records();
    Recordkeeping rk = Recordkeeping.of(records, Readings.injuries());
    Deadlines.Result result = rk.deadlines(all.rules(), all.words(), day);
    Function<LocalDateTime, String> when = DueText::when;
    if (redacted) {
      RedactedCases shown =
          new RedactedCases(
              redact.redactor(), rk, Recordkeeping.of(d.records(), Readings.injuries()));
      result = shown.deadlines(result);
      when = shown::when;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case table -> DueText.table(result, width.columns(), when);
          case json -> DueText.json(result, when);
          case csv -> DueText.csv(result, when);
        });
    out.flush();
    redact.finish(spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
