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
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.DataQuality;
import org.setsafe.analysis.FollowUps;
import org.setsafe.analysis.HighPotential;
import org.setsafe.analysis.History;
import org.setsafe.analysis.Reporting;
import org.setsafe.analysis.SclClassifier;
import org.setsafe.analysis.SclResult;
import org.setsafe.ingest.IngestResult;
import org.setsafe.io.Pipe;
import org.setsafe.io.StagedFiles;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Period;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.FileStats;
import org.setsafe.read.InputException;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.ReportOptions;
import org.setsafe.report.chart.ChartDrawing;
import org.setsafe.report.chart.ChartSpec;
import org.setsafe.report.chart.ReportCharts;
import org.setsafe.report.sheet.CheckMatrix;
import org.setsafe.report.sheet.IncidentsSheet;
import org.setsafe.report.sheet.ReportFigures;
import org.setsafe.report.sheet.SheetSpec;
import org.setsafe.report.sheet.SummarySheet;
import org.setsafe.rules.HighEnergyFile;
import org.setsafe.rules.ReportingRules;
import org.setsafe.text.DescriptionWords;

/**
 * Writes the safety officer's report in one streaming pass: every record read goes at once to the
 * {@link Analysis} and to the Incidents sheet (and the bounded check matrix); after the pass the
 * figures are fixed in one {@link ReportFigures} record and the sheets {@link ReportSheets}
 * declares are written from it, with the charts. The report reads records from its {@link
 * ReportInputs}, never a path. The workbook and chart files are written under temporary names and
 * moved into place only when everything succeeded.
 */
public final class ReportWriter {
  private final ReportOptions options;
  private final ProtocolCatalog catalog;
  private final ReportProgress progress;
  private final List<SheetSpec> sheets;
  private final SclClassifier classifier;

  public ReportWriter(ReportOptions options, ProtocolCatalog catalog, ReportProgress progress) {
    this(options, catalog, progress, ReportSheets.ALL);
  }

  /** A writer of the sheets {@code sheets} declares, in their order (tests use their own list). */
  ReportWriter(
      ReportOptions options,
      ProtocolCatalog catalog,
      ReportProgress progress,
      List<SheetSpec> sheets) {
    this.options = options;
    this.catalog = catalog;
    this.progress = progress;
    this.sheets = List.copyOf(sheets);
    // the classifier the classify command uses, so that the report and the command agree
    this.classifier =
        new SclClassifier(catalog, HighEnergyFile.bundled(), DescriptionWords.bundled());
    java.util.Set<String> names = new java.util.HashSet<>();
    for (SheetSpec s : sheets) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("two sheets are named '" + s.name() + "'");
      }
    }
  }

  public ReportWriter(ReportOptions options) {
    this(options, ProtocolCatalog.bundled(), ReportProgress.NONE);
  }

  /**
   * Reads {@code inputs} and writes the workbook and the chart files.
   *
   * @throws InputException when not one incident of a production's inputs could be read
   * @throws UncheckedIOException when an output file cannot be written (nothing is left behind)
   */
  public ReportResult write(ReportInputs inputs) {
    DataQuality quality = new DataQuality();
    Path outputFolder = options.output().toAbsolutePath().getParent();
    try (ChartDrawing charts = ChartDrawing.begin(options.chartWidth(), options.chartHeight());
        StagedFiles files = new StagedFiles(outputFolder, "report");
        Book book =
            new Book(
                options,
                quality,
                compress(inputs),
                inputs.size().fastDeflate(),
                files.workFolder())) {
      book.reportTitle = inputs.production() ? options.title() : options.historyTitle();
      book.smallCell = inputs.production() ? options.smallCell() : 0;
      book.onSmallCell = options.onSmallCell();
      progress.step("reading");
      Pass pass = new Pass(inputs.production(), book);
      pass.read(inputs, quality);
      ReportFigures figures = pass.figures(quality);
      charts.draw(
          figures.production()
              ? ReportCharts.production(figures)
              : ReportCharts.all(figures.analysis()));

      progress.step("summarising");
      List<SheetSpec> sheets = ReportSheets.of(this.sheets, figures);
      List<ReportFigures.Contents> guide = new ArrayList<>();
      for (SheetSpec s : sheets) {
        guide.add(new ReportFigures.Contents(s.name(), s.shows().apply(figures)));
      }
      figures = figures.withContents(guide);
      for (SheetSpec.When when :
          List.of(SheetSpec.When.AFTER_THE_PASS, SheetSpec.When.WITH_THE_CHARTS)) {
        for (SheetSpec s : sheets) {
          if (s.when() != when) {
            continue;
          }
          if (when == SheetSpec.When.WITH_THE_CHARTS && figures.chartsFolder() == null) {
            progress.step("drawing charts");
            figures = writeCharts(files, charts.get(), figures, pass.chartFiles);
          }
          s.write().accept(book.page(s.name()), figures);
        }
      }
      if (figures.chartsFolder() == null) {
        figures = writeCharts(files, charts.get(), figures, pass.chartFiles);
      }
      for (SheetSpec s : sheets) {
        if (s.when() == SheetSpec.When.LAST) {
          s.write().accept(book.page(s.name()), figures);
        }
      }
      List<String> order = new ArrayList<>();
      for (SheetSpec s : sheets) {
        order.addAll(s.names().apply(figures));
      }
      book.order(order);
      String footer = SummarySheet.productionAndPeriod(figures);
      for (org.apache.poi.ss.usermodel.Sheet sh : book.wb) {
        // every printed page names the production and the period
        sh.getFooter().setLeft(footer.replace("&", "&&"));
      }

      progress.step("saving");
      Path xlsx = files.stage(options.output());
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        book.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + options.output(), e);
      }
      List<String> written = new ArrayList<>();
      book.wb.forEach(sh -> written.add(sh.getSheetName()));
      files.commit();
      return new ReportResult(
          options.output(),
          pass.chartFiles,
          written,
          figures.analysis(),
          quality,
          new IngestResult(figures.files(), pass.errors, pass.warnings),
          figures.matrix().shown(),
          figures.matrix().incidentsWithFailures(),
          figures.production(),
          figures.highPotential(),
          figures.history() == null ? 0 : figures.history().incidents().size(),
          figures.followUps(),
          figures.outside());
    } finally {
      progress.done();
    }
  }

  /**
   * The one pass over the records: the history first and apart (a production's report), then the
   * records reported on, each going to the analysis, the follow-ups, the check matrix and the
   * Incidents sheet; its outcome is the report's figures.
   */
  private final class Pass {
    final boolean production;
    final Analysis analysis = new Analysis(catalog);
    final FollowUps followUps = new FollowUps(options.asOf());
    final List<ActionRow> actions = new ArrayList<>();
    final CheckMatrix matrix = new CheckMatrix(options.matrixLimit());
    final Reporting reporting = new Reporting(Readings.injuries());
    final IncidentsSheet incidents;
    final List<FileStats> files = new ArrayList<>();
    final List<Path> chartFiles = new ArrayList<>();
    History history;
    HighPotential highPotential;
    Period period = Period.ALL;
    Period previousPeriod;
    Analysis previous;
    LocalDate earliestRead;
    long outside;
    long straddling;
    long count;
    long errors;
    long warnings;

    Pass(boolean production, Book book) {
      this.production = production;
      this.incidents =
          new IncidentsSheet(
              book.page(IncidentsSheet.NAME), book.page(IncidentsSheet.DETAILS), catalog);
    }

    void read(ReportInputs inputs, DataQuality quality) {
      if (inputs.history() != null) {
        // the historical record, read first and kept apart: it is the benchmark, never the figures
        // its files are the source of the lessons, not among the inputs: not counted with them
        List<IncidentRecord> reference = new ArrayList<>();
        IngestResult read = inputs.history().read(quality, source -> reference::add);
        errors += read.errors();
        warnings += read.warnings();
        history = new History(reference);
      }
      highPotential = new HighPotential(catalog, history);
      if (production) {
        period = new Period(options.from(), options.to());
        if (period.bounded()) {
          previousPeriod = period.previous();
          previous = new Analysis(catalog);
        }
      }
      // the Incidents sheet's rows are written on a thread of their own, so that reading and
      // analysing (this thread, with the parser ahead of it on another) and writing the sheet use
      // both cores
      try (Pipe.Sink<IncidentsSheet.Item> rows =
          Pipe.to("setsafe-incidents-sheet", ROWS_PER_BATCH, BATCHES_QUEUED, incidents)) {
        account(inputs.records().read(quality, source -> r -> accept(r, source, rows, quality)));
        rows.finish();
      }
      progress.rows(count);
      if (production && count == 0 && errors > 0) {
        // inputs of which not one row could be read: a report of nothing would hide the mistake
        throw new InputException(
            "no incident could be read from the inputs ("
                + errors
                + " error(s)"
                + (quality.firstError() == null ? "" : "; the first: " + quality.firstError())
                + "); nothing was written ('setsafe validate' lists every problem)");
      }
      if (previous != null
          && (earliestRead == null || earliestRead.isAfter(previousPeriod.from()))) {
        previous = null; // the data does not reach back over the whole previous period
      }
      quality.addFiles(files);
      incidents.finish();
      actions.sort(ActionRow.URGENCY);
    }

    private void account(IngestResult r) {
      files.addAll(r.files());
      errors += r.errors();
      warnings += r.warnings();
    }

    private void accept(
        IncidentRecord r, String source, Consumer<IncidentsSheet.Item> rows, DataQuality quality) {
      if (++count % ReportProgress.EVERY == 0) {
        progress.rows(count);
      }
      PartialDate d = r.incident().date();
      LocalDate first = d.firstDay();
      if (earliestRead == null || first.isBefore(earliestRead)) {
        earliestRead = first;
      }
      if (!period.contains(d)) {
        outside++;
        if (period.straddles(d)) {
          straddling++;
        }
        if (previousPeriod != null && previousPeriod.contains(d)) {
          previous.accept(r);
        }
        return;
      }
      analysis.accept(r);
      followUps.accept(r);
      for (CorrectiveAction a : r.actions()) {
        actions.add(ActionRow.of(r.incident(), a, followUps.asOf()));
      }
      SclResult scl = classifier.classify(r);
      if (scl.treatmentMismatch()) {
        quality.warnFromWords(r.id(), source, scl.treatmentWarning());
      }
      rows.accept(new IncidentsSheet.Item(r, source, scl));
      matrix.accept(r);
      highPotential.accept(r, scl);
      if (production) {
        reporting.accept(r);
      }
    }

    ReportFigures figures(DataQuality quality) {
      return new ReportFigures(
          production,
          options,
          analysis,
          previous,
          period,
          previousPeriod,
          earliestRead,
          outside,
          straddling,
          followUps,
          actions,
          highPotential,
          history,
          files,
          quality,
          matrix,
          incidents.sheetNames(),
          incidents.detailSheetNames(),
          List.of(),
          null,
          List.of(),
          production
              ? reporting.figures(
                  options.reportingRules() == null
                      ? ReportingRules.bundled().rules()
                      : options.reportingRules(),
                  options.reportingWords() == null
                      ? ReportingRules.bundled().words()
                      : options.reportingWords(),
                  options.asOf(),
                  options.hoursWorked())
              : null);
    }
  }

  /** Writes the charts drawn into the staged charts folder; the figures with them. */
  private ReportFigures writeCharts(
      StagedFiles files,
      List<ChartDrawing.Rendered> rendered,
      ReportFigures figures,
      List<Path> chartFiles) {
    Path folder = options.chartsFolder();
    Path staged = files.stageFolder(folder);
    List<ReportFigures.DrawnChart> drawn = new ArrayList<>();
    for (ChartDrawing.Rendered d : rendered) {
      ChartSpec spec = d.spec();
      String png = spec.name() + ".png";
      String svg = spec.name() + ".svg";
      writeBytes(staged.resolve(png), d.png());
      writeBytes(staged.resolve(svg), d.svg().getBytes(StandardCharsets.UTF_8));
      chartFiles.add(folder.resolve(png));
      chartFiles.add(folder.resolve(svg));
      drawn.add(new ReportFigures.DrawnChart(spec.title(), d.png(), png, svg));
    }
    return figures.withCharts(drawn, folder.getFileName().toString());
  }

  /** Incidents sheet rows handed to its writing thread at a time, and batches waiting at most. */
  private static final int ROWS_PER_BATCH = 256;

  private static final int BATCHES_QUEUED = 8;

  /**
   * Whether to compress the temporary sheet files: as the options say, or (AUTO) when the sheets
   * would take more than half the free space of the output's folder, where they are written.
   */
  public boolean compress(ReportInputs inputs) {
    return switch (options.tempFiles()) {
      case COMPRESSED -> true;
      case PLAIN -> false;
      case AUTO -> inputs.size().crowds(options.output().toAbsolutePath().getParent());
    };
  }

  private static void writeBytes(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
