package org.setsafe.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.DataQuality;
import org.setsafe.ingest.FileStats;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.IngestResult;
import org.setsafe.ingest.Pipe;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

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
   * @throws org.setsafe.ingest.InputException when an input does not exist or cannot be read at all
   * @throws UncheckedIOException when an output file cannot be written (nothing is left behind)
   */
  public ReportResult write(ReportInputs inputs) {
    for (Path p : inputs.paths()) {
      Ingest.kindOf(p);
    }
    Analysis analysis = new Analysis(catalog);
    DataQuality quality = new DataQuality();
    long inputBytes = inputBytes(inputs.paths());
    try (StagedFiles files = new StagedFiles();
        Book book = new Book(options, quality, compress(inputs), inputBytes >= LARGE_INPUT_BYTES)) {
      files.folder(options.output().toAbsolutePath().getParent());
      Page summary = book.page(SummarySheet.NAME);
      IncidentsSheet incidents = new IncidentsSheet(book.page(IncidentsSheet.NAME));
      Page checks = book.page(CheckFailuresSheet.NAME);
      Page matrixPage = book.page(CheckMatrix.NAME);
      Page consequences = book.page(ConsequencesSheet.NAME);
      Page roles = book.page(RolesSheet.NAME);
      Page outcomes = book.page(OutcomesSheet.NAME);
      Page charts = book.page(ChartsSheet.NAME);
      Page dataQuality = book.page(DataQualitySheet.NAME);
      CheckMatrix matrix = new CheckMatrix(options.matrixLimit());

      progress.step("reading");
      long[] count = new long[1];
      List<FileStats> stats = new ArrayList<>();
      long errors = 0;
      long warnings = 0;
      // the Incidents sheet's rows are written on a thread of their own, so that reading and
      // analysing
      // (this thread, with the parser ahead of it on another) and writing the sheet use both cores
      try (Pipe.Sink<IncidentRecord> rows =
          Pipe.to("setsafe-incidents-sheet", ROWS_PER_BATCH, BATCHES_QUEUED, incidents)) {
        Consumer<IncidentRecord> sink =
            r -> {
              analysis.accept(r);
              rows.accept(r);
              matrix.accept(r);
              if (++count[0] % ReportProgress.EVERY == 0) {
                progress.rows(count[0]);
              }
            };
        Ingest ingest = new Ingest(inputs.importOptions(), catalog);
        if (inputs.reference()) {
          IngestResult r = ingest.readReference(quality, sink);
          stats.addAll(r.files());
          errors += r.errors();
          warnings += r.warnings();
        }
        if (!inputs.paths().isEmpty()) {
          IngestResult r = ingest.read(inputs.paths(), quality, sink);
          stats.addAll(r.files());
          errors += r.errors();
          warnings += r.warnings();
        }
        rows.finish();
      }
      progress.rows(count[0]);
      quality.addFiles(stats);
      incidents.finish();

      progress.step("summarising");
      CheckFailuresSheet.write(checks, analysis.checkFailures());
      matrix.write(matrixPage, analysis.failedChecks());
      ConsequencesSheet.write(consequences, analysis);
      RolesSheet.write(roles, analysis);
      OutcomesSheet.write(outcomes, analysis.outcomes());

      progress.step("drawing charts");
      Path folder = options.chartsFolder();
      List<ChartsSheet.Drawn> drawn = new ArrayList<>();
      List<Path> chartFiles = new ArrayList<>();
      for (ChartSpec spec : ReportCharts.all(analysis)) {
        JFreeChart chart = ChartRenderer.chart(spec);
        byte[] png = ChartRenderer.png(chart, options.chartWidth(), options.chartHeight());
        String svg = ChartRenderer.svg(chart, options.chartWidth(), options.chartHeight());
        Path pngFile = folder.resolve(spec.name() + ".png");
        Path svgFile = folder.resolve(spec.name() + ".svg");
        writeBytes(files.stage(pngFile), png);
        writeBytes(files.stage(svgFile), svg.getBytes(StandardCharsets.UTF_8));
        chartFiles.add(pngFile);
        chartFiles.add(svgFile);
        drawn.add(
            new ChartsSheet.Drawn(
                spec, png, pngFile.getFileName().toString(), svgFile.getFileName().toString()));
      }
      ChartsSheet.write(charts, drawn, folder.getFileName().toString());
      SummarySheet.write(summary, analysis, stats, quality, book);
      DataQualitySheet.write(dataQuality, quality);

      progress.step("saving");
      Path xlsx = files.stage(options.output());
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        book.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + options.output(), e);
      }
      List<String> sheets = new ArrayList<>();
      book.wb.forEach(s -> sheets.add(s.getSheetName()));
      files.commit();
      IngestResult all = new IngestResult(stats, errors, warnings);
      return new ReportResult(
          options.output(),
          chartFiles,
          sheets,
          analysis,
          quality,
          all,
          matrix.shown(),
          matrix.incidentsWithFailures());
    } finally {
      progress.done();
    }
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
   * Whether to compress POI's temporary sheet files: as the options say, or (AUTO) when the sheets
   * would take more than half the free space of the temporary folder.
   */
  boolean compress(ReportInputs inputs) {
    return switch (options.tempFiles()) {
      case COMPRESSED -> true;
      case PLAIN -> false;
      case AUTO -> {
        long free = new java.io.File(System.getProperty("java.io.tmpdir")).getUsableSpace();
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
