package org.setsafe.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.InputFiles;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.report.book.ReportOptions;

/** Writing a report for a test and reading the workbook back with POI. */
public final class Workbooks {
  /** The fixed moment reports in tests are generated at. */
  static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");

  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Workbooks() {}

  public static ReportOptions.Builder options(Path dir) {
    return ReportOptions.builder(dir.resolve("reports/setsafe-report.xlsx"))
        .clock(CLOCK)
        .toolkitVersion("9.9.9-test");
  }

  /**
   * A production's report on {@code paths} (the history report when there are none), read as the
   * report command reads them (each checked once, one ingest for the reference and the paths), with
   * the reference as lessons when asked.
   */
  public static ReportInputs inputs(boolean reference, List<Path> paths, ImportOptions options) {
    InputFiles files = InputFiles.check(paths);
    Ingest ingest = new Ingest(options, ProtocolCatalog.bundled());
    if (files.isEmpty()) {
      return ReportInputs.history(ingest.referenceSource());
    }
    return ReportInputs.production(
        ingest.source(files), reference ? ingest.referenceSource() : null, files.size());
  }

  public static XSSFWorkbook open(Path file) {
    try {
      return new XSSFWorkbook(file.toFile());
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new UncheckedIOException(new IOException("cannot reopen " + file, e));
    }
  }

  static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** The index of the row whose first cell is {@code firstHeader} (the table's header row). */
  public static int headerRow(Sheet s, String firstHeader) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null
          && c.getCellType() == CellType.STRING
          && c.getStringCellValue().equals(firstHeader)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError(
        "no header row starting with '" + firstHeader + "' on " + s.getSheetName());
  }

  /** The header texts of a row. */
  static List<String> headers(Sheet s, int row) {
    List<String> h = new ArrayList<>();
    for (Cell c : s.getRow(row)) {
      h.add(c.getStringCellValue());
    }
    return h;
  }

  /** The column of {@code header} in the header row. */
  static int column(Sheet s, int headerRow, String header) {
    int i = headers(s, headerRow).indexOf(header);
    if (i < 0) {
      throw new AssertionError(
          "no column '" + header + "' on " + s.getSheetName() + ": " + headers(s, headerRow));
    }
    return i;
  }

  /**
   * The rows of the table under {@code headerRow} (down to its first empty row) whose {@code col}
   * reads {@code value}.
   */
  static List<Row> rowsWhere(Sheet s, int headerRow, int col, String value) {
    List<Row> rows = new ArrayList<>();
    for (int i = headerRow + 1; s.getRow(i) != null && s.getRow(i).getCell(0) != null; i++) {
      Cell c = s.getRow(i).getCell(col);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
        rows.add(s.getRow(i));
      }
    }
    return rows;
  }

  /** The one row below the header whose cell in {@code col} reads {@code value}. */
  static Row rowWhere(Sheet s, int headerRow, int col, String value) {
    List<Row> rows = rowsWhere(s, headerRow, col, value);
    if (rows.size() != 1) {
      throw new AssertionError(rows.size() + " rows with '" + value + "' on " + s.getSheetName());
    }
    return rows.get(0);
  }

  /** Data rows below the header row (up to the first empty row). */
  static int dataRows(Sheet s, int headerRow) {
    int n = 0;
    for (int r = headerRow + 1; s.getRow(r) != null && s.getRow(r).getCell(0) != null; r++) {
      n++;
    }
    return n;
  }
}
