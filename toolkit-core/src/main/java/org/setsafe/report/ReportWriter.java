package org.setsafe.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.DataQuality;
import org.setsafe.analysis.HighPotential;
import org.setsafe.analysis.History;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.IngestResult;
import org.setsafe.io.Pipe;
import org.setsafe.io.StagedFiles;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Period;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.InputException;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.ReportOptions;
import org.setsafe.report.chart.ChartDrawing;
import org.setsafe.report.chart.ChartSpec;
import org.setsafe.report.chart.ChartsSheet;
import org.setsafe.report.chart.ReportCharts;
import org.setsafe.report.sheet.ActionsSheet;
import org.setsafe.report.sheet.BreakdownSheet;
import org.setsafe.report.sheet.CheckFailuresSheet;
import org.setsafe.report.sheet.CheckMatrix;
import org.setsafe.report.sheet.ConsequencesSheet;
import org.setsafe.report.sheet.DataQualitySheet;
import org.setsafe.report.sheet.IncidentsSheet;
import org.setsafe.report.sheet.LessonsSheets;
import org.setsafe.report.sheet.OutcomesSheet;
import org.setsafe.report.sheet.ReportContext;
import org.setsafe.report.sheet.RolesSheet;
import org.setsafe.report.sheet.SummarySheet;
import org.setsafe.report.sheet.TrendsSheet;

/**
 * Writes the safety officer's report in one streaming pass: every record read goes at once to the
 * {@link Analysis} and to the Incidents sheet (and the bounded check matrix); after the pass the
 * summary sheets and charts are written from the analysis. The workbook and chart files are written
 * under temporary names and moved into place only when everything succeeded.
 */
public final class ReportWriter {
  private final ReportOptions options;
  private final ProtocolCatalog catalog;
  private final ReportProgress progress;

  public ReportWriter(ReportOptions options, ProtocolCatalog catalog, ReportProgress progress) {
    this.options = options;
    this.catalog = catalog;
    this.progress = progress;
  }

  public ReportWriter(ReportOptions options) {
    this(options, ProtocolCatalog.bundled(), ReportProgress.NONE);
  }

  /**
   * Reads {@code inputs} and writes the workbook and the chart files.
   *
   * @throws org.setsafe.read.InputException when an input does not exist or cannot be read at all
   * @throws UncheckedIOException when an output file cannot be written (nothing is left behind)
   */
  public ReportResult write(ReportInputs inputs) {
    Ingest.requireReadable(inputs.paths());
    boolean production = !inputs.paths().isEmpty();
    Analysis analysis = new Analysis(catalog);
    DataQuality quality = new DataQuality();
    long inputBytes = inputBytes(inputs.paths());
    Path outputFolder = options.output().toAbsolutePath().getParent();
    try (ChartDrawing charts = ChartDrawing.begin(options.chartWidth(), options.chartHeight());
        StagedFiles files = new StagedFiles(outputFolder, "report");
        Book book =
            new Book(
                options,
                quality,
                compress(inputs),
                inputBytes >= LARGE_INPUT_BYTES,
                files.workFolder())) {
      book.reportTitle = production ? options.title() : options.historyTitle();
      ReportContext ctx = new ReportContext(production, options, book, analysis, quality);
      Page summary = book.page(SummarySheet.NAME);
      IncidentsSheet incidents =
          new IncidentsSheet(book.page(IncidentsSheet.NAME), book.page(IncidentsSheet.DETAILS));
      CheckMatrix matrix = new CheckMatrix(options.matrixLimit());
      Ingest ingest = new Ingest(inputs.importOptions(), catalog);
      long errors = 0;
      long warnings = 0;

      progress.step("reading");
      if (production && inputs.reference()) {
        // the historical record, read first and kept apart: it is the benchmark, never the figures
        List<IncidentRecord> reference = new ArrayList<>();
        IngestResult r = ingest.readReference(quality, reference::add);
        ctx.files.addAll(r.files());
        errors += r.errors();
        warnings += r.warnings();
        ctx.history = new History(reference);
      }
      if (production) {
        ctx.highPotential = new HighPotential(ctx.history);
        ctx.period = new Period(options.from(), options.to());
        if (ctx.period.bounded()) {
          ctx.previousPeriod = ctx.period.previous();
          ctx.previous = new Analysis(catalog);
        }
      }
      long[] count = new long[1];
      // the Incidents sheet's rows are written on a thread of their own, so that reading and
      // analysing (this thread, with the parser ahead of it on another) and writing the sheet use
      // both cores
      try (Pipe.Sink<IncidentsSheet.Item> rows =
          Pipe.to("setsafe-incidents-sheet", ROWS_PER_BATCH, BATCHES_QUEUED, incidents)) {
        Function<String, Consumer<IncidentRecord>> sink =
            source ->
                r -> {
                  if (++count[0] % ReportProgress.EVERY == 0) {
                    progress.rows(count[0]);
                  }
                  PartialDate d = r.incident().date();
                  LocalDate first = d.firstDay();
                  if (ctx.earliestRead == null || first.isBefore(ctx.earliestRead)) {
                    ctx.earliestRead = first;
                  }
                  if (!ctx.period.contains(d)) {
                    ctx.outside++;
                    if (ctx.period.straddles(d)) {
                      ctx.straddling++;
                    }
                    if (ctx.previousPeriod != null && ctx.previousPeriod.contains(d)) {
                      ctx.previous.accept(r);
                    }
                    return;
                  }
                  analysis.accept(r);
                  ctx.followUps.accept(r);
                  for (CorrectiveAction a : r.actions()) {
                    ctx.actions.add(ActionRow.of(r.incident(), a, ctx.followUps.asOf()));
                  }
                  rows.accept(new IncidentsSheet.Item(r, source));
                  matrix.accept(r);
                  if (ctx.highPotential != null) {
                    ctx.highPotential.accept(r);
                  }
                };
        if (!production) {
          IngestResult r = ingest.readReference(quality, sink.apply(REFERENCE_SOURCE));
          ctx.files.addAll(r.files());
          errors += r.errors();
          warnings += r.warnings();
        }
        for (Path p : inputs.paths()) {
          Path name = p.getFileName();
          IngestResult r =
              ingest.read(
                  List.of(p), quality, sink.apply(name == null ? p.toString() : name.toString()));
          ctx.files.addAll(r.files());
          errors += r.errors();
          warnings += r.warnings();
        }
        rows.finish();
      }
      progress.rows(count[0]);
      if (production && count[0] == 0 && errors > 0) {
        // inputs of which not one row could be read: a report of nothing would hide the mistake
        throw new InputException(
            "no incident could be read from the inputs ("
                + errors
                + " error(s)"
                + (quality.firstError() == null ? "" : "; the first: " + quality.firstError())
                + "); nothing was written ('setsafe validate' lists every problem)");
      }
      if (ctx.previous != null
          && (ctx.earliestRead == null || ctx.earliestRead.isAfter(ctx.previousPeriod.from()))) {
        ctx.previous = null; // the data does not reach back over the whole previous period
      }
      quality.addFiles(ctx.files);
      incidents.finish();
      ctx.actions.sort(ActionRow.URGENCY);
      charts.draw(production ? ReportCharts.production(ctx) : ReportCharts.all(analysis));

      progress.step("summarising");
      List<String> order = new ArrayList<>();
      order.add(SummarySheet.NAME);
      ctx.contents.add(new String[] {SummarySheet.NAME, SummarySheet.describe(ctx)});
      if (production) {
        add(
            ctx,
            order,
            book,
            TrendsSheet.NAME,
            TrendsSheet.describe(ctx),
            p -> TrendsSheet.write(p, ctx));
        if (ctx.weekly()) {
          add(
              ctx,
              order,
              book,
              TrendsSheet.WEEKS,
              "Incidents per week (the period is under six" + " months).",
              p -> TrendsSheet.writeWeeks(p, ctx));
        }
        add(
            ctx,
            order,
            book,
            BreakdownSheet.DEPARTMENTS,
            "Incidents by department, most first.",
            p -> BreakdownSheet.write(p, "department", analysis.byDepartment(), analysis));
        add(
            ctx,
            order,
            book,
            BreakdownSheet.LOCATIONS,
            "Incidents by location, most first.",
            p -> BreakdownSheet.write(p, "location", analysis.byLocation(), analysis));
      }
      order.addAll(incidents.sheetNames());
      ctx.contents.add(
          new String[] {
            IncidentsSheet.NAME,
            "One row per incident"
                + (production ? " of the inputs" : "")
                + ", in the order read, with where it came from (Source)."
          });
      order.addAll(incidents.detailSheetNames());
      ctx.contents.add(
          new String[] {IncidentsSheet.DETAILS, "Who reported each incident, and its note."});
      add(
          ctx,
          order,
          book,
          CheckFailuresSheet.NAME,
          "Every check recorded, ranked by failures, with honest denominators and the incidents"
              + " where it failed; failures per HFACS layer.",
          p -> CheckFailuresSheet.write(p, analysis));
      add(
          ctx,
          order,
          book,
          CheckMatrix.NAME,
          "Incidents against the checks that failed most, failures highlighted.",
          p -> matrix.write(p, analysis.failedChecks()));
      add(
          ctx,
          order,
          book,
          ConsequencesSheet.NAME,
          "What followed the incidents: in all, by severity and by category.",
          p -> ConsequencesSheet.write(p, analysis));
      boolean outcomes = !analysis.outcomes().isEmpty();
      if (!production || outcomes || !analysis.failuresByRole().isEmpty()) {
        add(
            ctx,
            order,
            book,
            RolesSheet.NAME,
            "Failed checks owned and legal outcomes per role, with the incidents.",
            p -> RolesSheet.write(p, analysis));
      }
      if (!production || outcomes) {
        add(
            ctx,
            order,
            book,
            OutcomesSheet.NAME,
            "Every criminal, regulatory, civil and inquest outcome.",
            p -> OutcomesSheet.write(p, analysis.outcomes()));
      }

      if (production || !ctx.actions.isEmpty()) {
        add(
            ctx,
            order,
            book,
            ActionsSheet.NAME,
            ActionsSheet.describe(ctx),
            p -> ActionsSheet.write(p, ctx));
      }

      progress.step("drawing charts");
      Path folder = options.chartsFolder();
      Path stagedCharts = files.stageFolder(folder);
      List<ChartsSheet.Drawn> drawn = new ArrayList<>();
      List<Path> chartFiles = new ArrayList<>();
      for (ChartDrawing.Rendered d : charts.get()) {
        ChartSpec spec = d.spec();
        Path pngFile = folder.resolve(spec.name() + ".png");
        Path svgFile = folder.resolve(spec.name() + ".svg");
        writeBytes(stagedCharts.resolve(pngFile.getFileName()), d.png());
        writeBytes(
            stagedCharts.resolve(svgFile.getFileName()), d.svg().getBytes(StandardCharsets.UTF_8));
        chartFiles.add(pngFile);
        chartFiles.add(svgFile);
        drawn.add(
            new ChartsSheet.Drawn(
                spec, d.png(), pngFile.getFileName().toString(), svgFile.getFileName().toString()));
      }
      add(
          ctx,
          order,
          book,
          ChartsSheet.NAME,
          "The charts (also written as PNG and SVG files beside the workbook).",
          p -> ChartsSheet.write(p, drawn, folder.getFileName().toString()));
      if (ctx.history != null) {
        LessonsSheets lessons = new LessonsSheets(ctx);
        add(
            ctx,
            order,
            book,
            LessonsSheets.LESSONS,
            LessonsSheets.LESSONS_TEXT,
            lessons::writeLessons);
        add(
            ctx,
            order,
            book,
            LessonsSheets.CHECKS,
            LessonsSheets.CHECKS_TEXT,
            lessons::writeChecks);
        add(
            ctx,
            order,
            book,
            LessonsSheets.INCIDENTS,
            LessonsSheets.INCIDENTS_TEXT,
            lessons::writeIncidents);
        add(
            ctx,
            order,
            book,
            LessonsSheets.OUTCOMES,
            LessonsSheets.OUTCOMES_TEXT,
            lessons::writeOutcomes);
        add(
            ctx,
            order,
            book,
            LessonsSheets.CHANGES,
            LessonsSheets.CHANGES_TEXT,
            lessons::writeChanges);
      }
      Page dataQuality = book.page(DataQualitySheet.NAME);
      order.add(DataQualitySheet.NAME);
      ctx.contents.add(
          new String[] {
            DataQualitySheet.NAME,
            "Rows read, imported and rejected per file, every problem kept, and what this report"
                + " changed to fit a workbook."
          });
      SummarySheet.write(summary, ctx);
      DataQualitySheet.write(dataQuality, quality);
      book.order(order);

      progress.step("saving");
      Path xlsx = files.stage(options.output());
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        book.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + options.output(), e);
      }
      List<String> sheets = new ArrayList<>();
      book.wb.forEach(sh -> sheets.add(sh.getSheetName()));
      files.commit();
      IngestResult all = new IngestResult(ctx.files, errors, warnings);
      return new ReportResult(
          options.output(),
          chartFiles,
          sheets,
          analysis,
          quality,
          all,
          matrix.shown(),
          matrix.incidentsWithFailures(),
          production,
          ctx.highPotential,
          ctx.history == null ? 0 : ctx.history.incidents().size(),
          ctx.followUps,
          ctx.outside);
    } finally {
      progress.done();
    }
  }

  /** How the Source column names an incident of the reference dataset. */
  static final String REFERENCE_SOURCE = "reference";

  /** Writes a sheet, and lists it in the workbook order and the Summary's guide. */
  private static void add(
      ReportContext ctx,
      List<String> order,
      Book book,
      String name,
      String description,
      Consumer<Page> writer) {
    Page p = book.page(name);
    writer.accept(p);
    order.add(name);
    ctx.contents.add(new String[] {name, description});
  }

  /** Incidents sheet rows handed to its writing thread at a time, and batches waiting at most. */
  private static final int ROWS_PER_BATCH = 256;

  private static final int BATCHES_QUEUED = 8;

  /**
   * From this many bytes of input (about 30,000 incidents) on, the workbook is deflated at the
   * fastest level: that halves the time to save (1M rows: about 12 s to 5.5 s here) for a file a
   * third larger. Smaller reports are quick either way and keep the smaller file.
   */
  static final long LARGE_INPUT_BYTES = 8L << 20;

  /** Rough bytes of temporary sheet data per byte of input CSV. */
  static final int TEMP_BYTES_PER_INPUT_BYTE = 5;

  /**
   * Whether to compress the temporary sheet files: as the options say, or (AUTO) when the sheets
   * would take more than half the free space of the output's folder, where they are written.
   */
  public boolean compress(ReportInputs inputs) {
    return switch (options.tempFiles()) {
      case COMPRESSED -> true;
      case PLAIN -> false;
      case AUTO -> {
        Path folder = options.output().toAbsolutePath().getParent();
        while (folder != null && !Files.isDirectory(folder)) {
          folder = folder.getParent(); // not created yet: the space is its first existing parent's
        }
        long free = folder == null ? Long.MAX_VALUE : folder.toFile().getUsableSpace();
        yield inputBytes(inputs.paths()) * TEMP_BYTES_PER_INPUT_BYTE > free / 2;
      }
    };
  }

  /** The bytes of the input files (for a dataset folder, its incidents.csv). */
  static long inputBytes(List<Path> paths) {
    long bytes = 0;
    for (Path p : paths) {
      Path f = Files.isDirectory(p) ? p.resolve("incidents.csv") : p;
      try {
        bytes += Files.isRegularFile(f) ? Files.size(f) : 0;
      } catch (IOException e) {
        // the reader reports what is wrong with the file
      }
    }
    return bytes;
  }

  private static void writeBytes(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
