package org.setsafe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.analysis.CaseDecision;
import org.setsafe.analysis.OshaLog;
import org.setsafe.analysis.Rates;
import org.setsafe.analysis.Recordkeeping;
import org.setsafe.cli.text.OshaText;
import org.setsafe.io.StagedFiles;
import org.setsafe.ita.ItaCheck;
import org.setsafe.ita.ItaSummaryCsv;
import org.setsafe.model.Dataset;
import org.setsafe.model.Establishment;
import org.setsafe.model.IncidentRecord;
import org.setsafe.read.Diagnostics;
import org.setsafe.report.Readings;
import org.setsafe.report.sheet.OshaForms;
import org.setsafe.rules.EstablishmentFile;
import org.setsafe.rules.ItaLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code setsafe osha [PATH...] --establishment FILE [-o DIR]}: each person's OSHA recordability
 * with its reason, the 300 log, 300A summary and 301 reports as a workbook, and the ITA's CSV file,
 * checked.
 */
@Command(
    name = "osha",
    mixinStandardHelpOptions = true,
    description = {
      "Decide each injured person's OSHA recordability with its reason, and write the 300 log,"
          + " 300A summary and 301 reports (XLSX) and the ITA's summary CSV.",
      "Recordability follows 29 CFR 1904.7; the ITA file is checked against the rules of OSHA's"
          + " Injury Tracking Application before it is written.",
      "Cases of incidents in U.S. jurisdictions (or with none recorded) and dated in the"
          + " establishment's year go on the log; a person employed by someone else (employer) is"
          + " on that employer's log. A privacy case shows 'privacy case' instead of the name."
          + " What a person's care or days were is read from the log's columns, or else from the"
          + " description's words (marked inferred).",
      "Whether the establishment must keep these forms (partial exemptions, 29 CFR 1904.1-1904.2)"
          + " is the employer's decision; setsafe never decides it.",
      "Files (all written together, or none): osha-forms-YEAR.xlsx and ita-summary-YEAR.csv."
    })
final class OshaCommand implements Callable<Integer> {
  /** Output formats of the decisions. */
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;
  @Mixin InputOptions input;
  @Mixin WidthOption width;
  @Mixin RedactOption redact;

  @Option(
      names = "--establishment",
      paramLabel = "FILE",
      description =
          "The establishment (JSON): name, address, six-digit NAICS code, year, annual average"
              + " employees, total hours worked, peak employees.")
  Path establishment;

  @Option(
      names = "--check-ita",
      paramLabel = "CSV",
      arity = "1..*",
      description =
          "Check ITA summary CSV files (the establishment and 300A upload) against the ITA's rules"
              + " instead: every problem with its line and column; exit 1 if any.")
  List<Path> checkIta = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "${sys:setsafe.reports:-reports}",
      description = "The folder the forms are written to (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "Output format of the decisions: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (!checkIta.isEmpty()) {
      return checkIta();
    }
    if (establishment == null) {
      throw new UsageException(
          "osha needs --establishment FILE (the establishment's name, address, NAICS code, year,"
              + " employees and hours), or --check-ita CSV to check ITA files");
    }
    OutputPaths.requireFolder("--output", output);
    Establishment e = EstablishmentFile.load(establishment);
    // PATH... comes with the input mixin; with none, the reference dataset is the data
    List<Path> paths = input.paths();
    // the establishment's name and address are searched for in the records' free text too
    redact
        .organisation(e.name())
        .organisation(e.companyName())
        .organisation(e.street())
        .organisation(e.city());
    Dataset d = Inputs.load(paths, paths.isEmpty(), input.toImportOptions(), redact).data();
    // with --redact, each case is decided on the records as written (a person's employer decides
    // whose log it goes on, and redaction scrubs it) and shown redacted
    boolean redacted = redact.on() && !paths.isEmpty();
    List<IncidentRecord> records = redacted ? redact.originals() : d.records();
    Recordkeeping rk = Recordkeeping.of(records, Readings.injuries());
    OshaLog log = rk.log(e);
    Rates rates = rk.rates(log, e.totalHoursWorked());
    List<CaseDecision> outside = rk.outsideUs(e);
    List<String> noJurisdiction = rk.noJurisdiction(e);
    Establishment shownAs = e;
    if (redacted) {
      RedactedCases shown =
          new RedactedCases(
              redact.redactor(), rk, Recordkeeping.of(d.records(), Readings.injuries()));
      log = shown.log(log);
      outside = shown.decisions(outside);
      noJurisdiction = shown.ids(noJurisdiction);
      shownAs = shown.establishment(e);
    }
    ItaLayout layout = ItaLayout.bundled();
    ItaSummaryCsv.Result ita = redacted ? null : ItaSummaryCsv.write(e, log, layout);
    Path forms = output.resolve("osha-forms-" + log.year() + ".xlsx");
    Path csv = output.resolve("ita-summary-" + log.year() + ".csv");
    List<Path> written = redacted ? List.of(forms) : List.of(forms, csv);
    try (StagedFiles files = new StagedFiles(output, "osha")) {
      if (!redacted) {
        // the ITA's file is uploaded to OSHA as the establishment is: never redacted
        Path stagedCsv = files.stage(csv);
        try {
          Files.writeString(stagedCsv, ita.text(), StandardCharsets.UTF_8);
        } catch (IOException x) {
          throw new UncheckedIOException("cannot write " + csv, x);
        }
        Diagnostics problems = new Diagnostics();
        ItaCheck.check(stagedCsv, csv.getFileName().toString(), layout, problems);
        problems.requireNoErrors();
      }
      OshaForms.write(shownAs, log, rates, files.stage(forms), files.workFolder());
      files.commit();
    }
    List<String> itaChanges = redacted ? List.of() : ita.changes();
    if (redacted) {
      spec.commandLine().getErr().println("setsafe: " + csv.getFileName() + " " + NO_ITA_REDACTED);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case table ->
              OshaText.table(
                  shownAs,
                  log,
                  outside,
                  noJurisdiction,
                  rates,
                  itaChanges,
                  written,
                  width.columns());
          case json ->
              OshaText.json(shownAs, log, outside, noJurisdiction, rates, itaChanges, written);
        });
    out.flush();
    redact.finish(spec.commandLine().getErr(), redacted ? new Path[] {forms} : new Path[0]);
    return ExitCode.OK;
  }

  /** What a redacted run says of the ITA file it does not write. */
  static final String NO_ITA_REDACTED =
      "not written with --redact: the ITA's file is uploaded to OSHA with the establishment as it"
          + " is, never redacted";

  /** Checks the ITA files given: each problem on a line of its own; exit 1 if any is an error. */
  private int checkIta() {
    ItaLayout layout = ItaLayout.bundled();
    Diagnostics problems = new Diagnostics();
    for (Path f : checkIta) {
      if (!Files.isRegularFile(f)) {
        throw new UsageException("--check-ita " + f + ": no such file");
      }
      ItaCheck.check(f, f.toString(), layout, problems);
    }
    PrintWriter out = spec.commandLine().getOut();
    problems.list().forEach(d -> out.println(d));
    out.println(
        checkIta.size()
            + (checkIta.size() == 1 ? " file" : " files")
            + " checked: "
            + problems.errors()
            + " error(s), "
            + problems.warnings()
            + " warning(s).");
    out.flush();
    return problems.hasErrors() ? ExitCode.BAD_DATA : ExitCode.OK;
  }
}
