package org.setsafe.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.cli.text.ActionsText;
import org.setsafe.cli.text.CsvTable;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.cli.text.Text;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.InputFiles;
import org.setsafe.ingest.RecordSource;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.Period;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.InputException;
import org.setsafe.redact.Redactor;
import org.setsafe.report.ReportInputs;
import org.setsafe.report.ReportProgress;
import org.setsafe.report.ReportResult;
import org.setsafe.report.ReportWriter;
import org.setsafe.report.book.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code setsafe report [PATH...] [-o FILE.xlsx]}: the XLSX report plus chart files. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the safety officer's report: an XLSX workbook and its charts as PNG and SVG.",
      "With PATHs (dataset folders, canonical files or flat logs), a production's report: every figure,"
          + " table and chart is about those inputs, and the historical record follows in its own part,"
          + " Lessons from history (left out with --no-reference). With no PATH, the history report on the"
          + " reference dataset.",
      "A production's report has Summary, Trends, Departments, Locations, Incidents, Check failures, Check"
          + " matrix, Consequences, Charts, the Lessons from history sheets and Data quality (Roles and"
          + " Outcomes when the inputs record outcomes). The charts also go to a folder beside the workbook"
          + " (FILE-charts/).",
      "Files are written under temporary names and moved into place when complete. Rows the input rejects are "
          + "listed on the Data quality sheet; the report is written all the same (exit 0, with a warning)."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin AsOfOption asOf;
  @Mixin ReferenceOption reference;
  @Mixin RedactOption redact;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.xlsx",
      defaultValue = "${sys:setsafe.reports:-.}/setsafe-report.xlsx",
      description =
          "The workbook to write (default: setsafe-report.xlsx in the current folder, or in the"
              + " checkout's reports/ when run from the checkout; folders are created if missing)."
              + " A workbook setsafe wrote is replaced; any other file only with --force.")
  Path output;

  @Option(names = "--force", description = "Replace -o even when setsafe did not write it.")
  boolean force;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The report's title (default: \"" + ReportOptions.DEFAULT_TITLE + "\").")
  String title;

  @Option(
      names = "--production",
      paramLabel = "NAME",
      description = "The production the report is about (default: the one the inputs name).")
  String production;

  @Mixin PeriodOptions period;

  @Option(
      names = "--prepared-by",
      paramLabel = "NAME",
      description = "Who prepared the report (default: the publisher the inputs' source names).")
  String preparedBy;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "A production's own reporting rules (JSON, as for 'due'), applied on the Reporting sheet"
              + " with the bundled ones.")
  Path rules;

  @Option(
      names = "--hours-worked",
      paramLabel = "N",
      description =
          "The hours worked by everyone in the period: the Reporting sheet and the Summary give"
              + " TRIR, DART and lost-time rates per 200,000 hours with it (none without).")
  java.math.BigDecimal hoursWorked;

  @Override
  public Integer call() {
    List<Path> paths = input.paths();
    boolean noReference = !reference.on();
    if (noReference && paths.isEmpty()) {
      throw new UsageException("--no-reference needs at least one PATH to report on");
    }
    OutputPaths.requireFile("-o", output, null); // ReportOptions checks the name
    OutputPaths.requireReplaceable("-o", output, force);
    if (paths.isEmpty() && (production != null || period.given() || preparedBy != null)) {
      throw new UsageException(
          "--production, --from, --to, --month and --prepared-by describe a production's log:"
              + " give its PATH");
    }
    Period asked = period.period();
    LocalDate day = asOf.day(asked);
    ImportOptions importOptions = input.toImportOptions().withToday(day);
    InputFiles files = InputFiles.check(paths);
    Redactor redactor = null;
    if (redact.on() && !files.isEmpty()) {
      // a first reading learns every name, with an Ingest of its own (ids are read twice)
      redact.window(asked);
      redactor = redact.build(new Ingest(importOptions, ProtocolCatalog.bundled()).source(files));
    }
    ReportOptions options;
    try {
      options =
          ReportOptions.builder(output)
              .title(
                  redactor == null
                      ? title
                      : (title == null ? ReportOptions.DEFAULT_TITLE : redactor.text(title))
                          + " (redacted)")
              .toolkitVersion(version())
              .production(
                  redactor == null || production == null
                      ? production
                      : redactor.productionCode(production))
              .period(asked.from(), asked.to())
              .preparedBy(redactor == null ? preparedBy : redactor.name(preparedBy))
              .redacted(
                  redactor == null ? 0 : redactor.profile().smallCell(),
                  redactor == null ? () -> {} : redactor::smallCellShown,
                  redactor == null ? () -> {} : redactor::smallBarLeftOut)
              .asOf(day)
              .reportingRules(
                  rules == null ? null : DueCommand.rules(rules).rules(),
                  rules == null ? null : DueCommand.rules(rules).words())
              .hoursWorked(hoursWorked)
              .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    // one Ingest for the reference and the paths: an id of the user's that the reference has is
    // reported as a duplicate
    Ingest ingest = new Ingest(importOptions, ProtocolCatalog.bundled());
    RecordSource yours = ingest.source(files);
    ReportInputs inputs =
        files.isEmpty()
            ? ReportInputs.history(ingest.referenceSource())
            : ReportInputs.production(
                redactor == null ? yours : redactor.source(yours),
                noReference ? null : ingest.referenceSource(),
                files.size());
    PrintWriter err = spec.commandLine().getErr();
    ReportProgress progress =
        Terminal.interactive() && files.size().showsProgress()
            ? new ProgressBar(err, files.size().estimatedRows())
            : ReportProgress.NONE;
    ReportResult r;
    try {
      r = new ReportWriter(options, ProtocolCatalog.bundled(), progress).write(inputs);
    } catch (InputException e) {
      throw withDraftHint(e, files);
    }

    PrintWriter out = spec.commandLine().getOut();
    Analysis a = r.analysis();
    long rejected = r.ingest().rejected();
    if (common.json()) {
      ObjectNode root = Json.object();
      root.put("workbook", r.workbook().toString());
      ArrayNode charts = root.putArray("charts");
      r.chartFiles().forEach(p -> charts.add(p.toString()));
      ArrayNode sheets = root.putArray("sheets");
      r.sheets().forEach(sheets::add);
      root.put("report", r.production() ? "production" : "history");
      root.put("incidents", a.incidents());
      if (r.production()) {
        root.put("outside_period", r.outsidePeriod());
      }
      if (r.production() && r.highPotential() != null) {
        root.put("potential_sif", r.highPotential().count());
      }
      root.put("inferred_check_failures", a.inferred().failures());
      root.put("deaths", a.fatalities());
      root.put("injuries", a.injuries());
      root.put("rows_read", r.ingest().read());
      root.put("rows_rejected", rejected);
      root.put("errors", r.ingest().errors());
      root.put("warnings", r.ingest().warnings());
      root.put(
          "cells_changed",
          r.quality().flagCounts().values().stream().mapToLong(Long::longValue).sum());
      if (r.production()) {
        root.set("follow_up", Json.followUps(r.followUps()));
      }
      root.set("files", Json.files(r.ingest()));
      out.print(JsonEnvelope.write("report", root));
    } else if (common.csv()) {
      CsvTable t = new CsvTable(List.of("kind", "path"));
      t.add(List.of("workbook", r.workbook().toString()));
      r.chartFiles().forEach(p -> t.add(List.of("chart", p.toString())));
      out.print(t.render());
    } else {
      out.printf(
          "wrote %s: %,d incident(s) on %d sheets (%s)%n",
          Text.path(r.workbook()), a.incidents(), r.sheets().size(), String.join(", ", r.sheets()));
      out.printf(
          "charts: %s (%d charts, each as PNG and SVG)%n",
          Text.path(options.chartsFolder()), r.chartFiles().size() / 2);
      out.println(periodLine(a, options.from(), options.to(), r.outsidePeriod()));
      List<CheckStats> failed = a.failedChecks();
      if (!failed.isEmpty()) {
        out.println(CheckStats.mostFailed(failed));
      }
      if (!a.inferred().isEmpty()) {
        out.printf(
            "inferred, not counted: %,d check failure(s) in %,d incident(s)%s; listed apart on"
                + " Check failures%n",
            a.inferred().failures(),
            a.incidentsWithInferred(),
            a.inferred().suggested() == a.inferred().failures()
                ? ", suggested from descriptions"
                : "");
      }
      if (r.production() && r.highPotential() != null) {
        out.printf(
            "potential serious injuries or fatalities (HSIF, PSIF): %,d%s%n",
            r.highPotential().count(),
            r.highPotential().count() > 0 ? " (see Significant events on the Summary)" : "");
      }
      if (r.production() && r.followUps().actions() == 0) {
        out.println("follow-up: no action recorded");
      } else if (r.production()) {
        out.printf(
            "follow-up as of %s: %s%n",
            r.followUps().asOf(), ActionsText.figures(r.followUps()).replaceAll("\\.$", ""));
      }
    }
    out.flush();
    if (rejected > 0 || r.ingest().errors() > 0) {
      String first =
          r.quality().firstError() == null ? "" : " The first: " + r.quality().firstError();
      err.printf(
          "setsafe: warning: %,d error(s) in the inputs, %,d row(s) rejected; the report lists them"
              + " on its Data quality sheet.%s%n",
          r.ingest().errors(), rejected, first);
    }
    long changed = r.quality().flagCounts().values().stream().mapToLong(Long::longValue).sum();
    if (changed > 0) {
      StringBuilder kinds = new StringBuilder();
      r.quality()
          .flagCounts()
          .forEach(
              (k, v) ->
                  kinds
                      .append(kinds.length() == 0 ? "" : ", ")
                      .append(String.format("%s %,d", k, v)));
      err.printf(
          "setsafe: note: %,d cell(s) changed to fit the workbook (%s); see its Data quality sheet%n",
          changed, kinds);
    }
    err.flush();
    redact.finish(err, r.workbook());
    return ExitCode.OK;
  }

  /**
   * When no row of a log read without a mapping could be read, the error ends with the {@code
   * mapping draft} command to run.
   */
  private InputException withDraftHint(InputException e, InputFiles files) {
    // a header that gives none of setsafe's columns (not an empty or unreadable file)
    if (input.mapping == null
        && e.getMessage().startsWith("no incident could be read")
        && e.getMessage().contains("use a mapping file")) {
      for (InputFiles.Input in : files.inputs()) {
        if (in.kind() == Ingest.InputKind.FLAT_LOG && !in.path().toString().equals("-")) {
          return new InputException(
              e.getMessage() + "; " + DraftHint.line(in.path().toString(), "report"));
        }
      }
    }
    return e;
  }

  private static String version() {
    String v = ReportCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  /**
   * The period and what happened in it: "2026-03-02 to 2026-04-17: 0 death(s), 13 injured; ...".
   * The period is the one asked for (--from, --to), else the dates of the incidents; a period that
   * holds no incident says so, and how many of the inputs' incidents fall outside it.
   */
  static String periodLine(Analysis a, LocalDate from, LocalDate to, long outside) {
    String span = Period.span(from != null ? from : a.firstDate(), to != null ? to : a.lastDate());
    span = span.isEmpty() ? "the inputs" : span;
    if (a.incidents() == 0) {
      return span
          + ": no incident"
          + (outside > 0
              ? String.format("; the inputs' %,d incident(s) fall outside the period", outside)
              : "");
    }
    return String.format(
        "%s: %,d death(s), %,d injured; %,d criminal charge(s), %,d conviction(s)",
        span,
        a.fatalities(),
        a.injuries(),
        a.consequences().criminalCharges(),
        a.consequences().convictions());
  }
}
