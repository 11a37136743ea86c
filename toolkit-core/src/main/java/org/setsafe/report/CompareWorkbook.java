package org.setsafe.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.setsafe.compare.CheckLine;
import org.setsafe.compare.Comparison;
import org.setsafe.compare.OutcomeLine;
import org.setsafe.compare.OutcomeSentence;
import org.setsafe.compare.Side;
import org.setsafe.compare.Spread;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;

/**
 * Writes a comparison as a "Compare" sheet: one column per incident, a row per fact, per protocol
 * check and per party role, then the summary. The header row (the incident ids) is bold and frozen
 * with the label column; failed checks are highlighted, and checks failed in every incident are
 * bold. The file is written to a temporary file beside the target and moved into place, so a
 * failure never leaves a half-written workbook.
 *
 * <p>Self-contained: its cell styles are its own ({@link Styles}), so it does not depend on the
 * other report writers.
 */
public final class CompareWorkbook {
  public static final String SHEET = "Compare";

  /** Excel's limit on the characters of one cell. */
  static final int MAX_CELL = 32_767;

  /** Column widths in characters: never narrower or wider than these. */
  static final int MIN_WIDTH = 10;

  static final int MAX_WIDTH = 60;
  private static final Pattern ILLEGAL_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private CompareWorkbook() {}

  /**
   * Writes the workbook to {@code file} (its folder is created if needed).
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(Comparison c, Path file) {
    Path target = file.toAbsolutePath();
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      // not Files.createTempFile: its owner-only permissions would stay on the finished report
      tmp =
          target.resolveSibling(
              "."
                  + target.getFileName()
                  + "."
                  + ProcessHandle.current().pid()
                  + "."
                  + System.nanoTime()
                  + ".tmp");
      try (Workbook wb = build(c);
          OutputStream out =
              Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        wb.write(out);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and named after the target
        }
      }
    }
  }

  /** The workbook in memory (a comparison is a few hundred cells). */
  static Workbook build(Comparison c) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles st = new Styles(wb);
    Sheet sheet = wb.createSheet(SHEET);
    List<Side> sides = c.sides();
    int n = sides.size();
    int markerCol = n + 1;
    Widths widths = new Widths(n + 2);
    int r = 0;

    Row head = sheet.createRow(r++);
    text(head, 0, "Incident", st.header, widths);
    for (int i = 0; i < n; i++) {
      text(head, i + 1, sides.get(i).id(), st.header, widths);
    }
    text(head, markerCol, "Failed in", st.header, widths);

    r = fact(sheet, r, "Title", sides, s -> s.record().incident().title(), st, widths);
    r = fact(sheet, r, "Date", sides, s -> s.record().incident().date().toString(), st, widths);
    r = fact(sheet, r, "Production", sides, s -> s.record().incident().production(), st, widths);
    r = fact(sheet, r, "Place", sides, s -> place(s.record().incident()), st, widths);
    r =
        fact(
            sheet, r, "Category", sides, s -> s.record().incident().category().label(), st, widths);
    r =
        fact(
            sheet, r, "Activity", sides, s -> s.record().incident().activity().label(), st, widths);
    r =
        fact(
            sheet, r, "Severity", sides, s -> s.record().incident().severity().label(), st, widths);
    Row killed = sheet.createRow(r++);
    text(killed, 0, "Killed", st.label, widths);
    Row injured = sheet.createRow(r++);
    text(injured, 0, "Injured", st.label, widths);
    for (int i = 0; i < n; i++) {
      Incident inc = sides.get(i).record().incident();
      number(killed, i + 1, inc.fatalities(), st.cell);
      if (inc.injuries() != null) {
        number(injured, i + 1, inc.injuries(), st.cell);
      } else {
        text(injured, i + 1, "not known", st.cell, widths);
      }
    }
    r =
        fact(
            sheet,
            r,
            "Casualties",
            sides,
            s ->
                s.casualties().stream()
                    .map(
                        p ->
                            (p.harm() == Harm.KILLED ? "killed: " : "injured: ")
                                + p.name()
                                + " ("
                                + p.role().label().toLowerCase(Locale.ROOT)
                                + ")")
                    .collect(Collectors.joining("\n")),
            st,
            widths);
    r =
        fact(
            sheet,
            r,
            "Roles involved",
            sides,
            s ->
                s.rolesInvolved().stream()
                    .map(x -> x.label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")),
            st,
            widths);
    r =
        fact(
            sheet,
            r,
            "Checks failed",
            sides,
            s ->
                s.record().failedChecks().size()
                    + " of "
                    + s.record().checks().size()
                    + " recorded",
            st,
            widths);

    r = section(sheet, r + 1, "Protocol checks", st, widths);
    for (CheckLine l : c.checks()) {
      boolean all = l.spread() == Spread.FAILED_IN_ALL;
      Row row = sheet.createRow(r++);
      text(row, 0, l.title() + " (" + l.checkId() + ")", all ? st.boldLabel : st.label, widths);
      for (int i = 0; i < n; i++) {
        CheckStatus s = l.status(sides.get(i).id());
        text(
            row,
            i + 1,
            s == null ? "not assessed" : s.label(),
            s != null && s.failure() ? st.failed : st.cell,
            widths);
      }
      text(
          row,
          markerCol,
          switch (l.spread()) {
            case FAILED_IN_ALL -> "ALL";
            case FAILED_IN_SOME -> l.failedBy().size() + " of " + n;
            case FAILED_IN_NONE -> "none";
          },
          all ? st.failedBold : st.cell,
          widths);
    }

    r = section(sheet, r + 1, "Outcomes by party role", st, widths);
    for (OutcomeLine l : c.outcomes()) {
      Row row = sheet.createRow(r++);
      text(row, 0, l.role() == null ? "Role not given" : l.role().label(), st.label, widths);
      for (int i = 0; i < n; i++) {
        text(
            row,
            i + 1,
            l.perIncident().get(i).stream()
                .map(OutcomeSentence::of)
                .collect(Collectors.joining("\n")),
            st.cell,
            widths);
      }
    }
    Row what = sheet.createRow(r++);
    text(what, 0, "What followed", st.label, widths);
    for (int i = 0; i < n; i++) {
      text(what, i + 1, sides.get(i).consequences(), st.cell, widths);
    }

    r = section(sheet, r + 1, "Summary", st, widths);
    List<Integer> summaryRows = new ArrayList<>();
    for (String s : c.summary()) {
      // each sentence spans every column, wrapped; it does not set the width of the label column
      Row row = sheet.createRow(r);
      Cell cell = row.createCell(0);
      cell.setCellValue(clean(s));
      cell.setCellStyle(st.cell);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, markerCol));
      summaryRows.add(r++);
    }

    widths.apply(sheet);
    fitRowHeights(sheet, summaryRows, markerCol);
    sheet.createFreezePane(1, 1);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    return wb;
  }

  /**
   * Sets each row's height to its tallest wrapped cell: spreadsheet programs do not grow rows for
   * wrapped text that a program wrote, so without this the lines would be cut off.
   */
  private static void fitRowHeights(Sheet sheet, List<Integer> spanning, int lastCol) {
    float line = sheet.getDefaultRowHeightInPoints();
    int allColumns = 0;
    for (int c = 0; c <= lastCol; c++) {
      allColumns += sheet.getColumnWidth(c) / 256;
    }
    for (Row row : sheet) {
      int lines = 1;
      for (Cell cell : row) {
        if (cell.getCellStyle().getWrapText() && cell.getCellType() == CellType.STRING) {
          int width =
              spanning.contains(row.getRowNum())
                  ? allColumns
                  : sheet.getColumnWidth(cell.getColumnIndex()) / 256;
          int chars = Math.max(1, width - 1);
          int n = 0;
          for (String p : cell.getStringCellValue().split("\n", -1)) {
            n += Math.max(1, (p.length() + chars - 1) / chars);
          }
          lines = Math.max(lines, n);
        }
      }
      if (lines > 1) {
        row.setHeightInPoints(Math.min(409, lines * line));
      }
    }
  }

  private static String place(Incident i) {
    if (i.location() == null) {
      return i.jurisdiction() == null ? "" : i.jurisdiction();
    }
    return i.jurisdiction() == null ? i.location() : i.location() + " (" + i.jurisdiction() + ")";
  }

  private static int fact(
      Sheet sheet,
      int r,
      String label,
      List<Side> sides,
      Function<Side, String> value,
      Styles st,
      Widths widths) {
    Row row = sheet.createRow(r);
    text(row, 0, label, st.label, widths);
    for (int i = 0; i < sides.size(); i++) {
      text(row, i + 1, value.apply(sides.get(i)), st.cell, widths);
    }
    return r + 1;
  }

  private static int section(Sheet sheet, int r, String title, Styles st, Widths widths) {
    Row row = sheet.createRow(r);
    text(row, 0, title, st.section, widths);
    return r + 1;
  }

  private static void text(Row row, int col, String value, CellStyle style, Widths widths) {
    Cell cell = row.createCell(col);
    String v = clean(value == null ? "" : value);
    cell.setCellValue(v);
    cell.setCellStyle(style);
    widths.fit(col, v);
  }

  private static void number(Row row, int col, int value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** Removes characters XML cannot hold and cuts text to Excel's cell limit, visibly. */
  static String clean(String s) {
    String v = ILLEGAL_XML.matcher(s).replaceAll("");
    if (v.length() > MAX_CELL) {
      String mark = " … [cut: Excel holds at most " + MAX_CELL + " characters per cell]";
      v = v.substring(0, MAX_CELL - mark.length()) + mark;
    }
    return v;
  }

  /** Column widths that fit the longest line of each column, within bounds. */
  private static final class Widths {
    private final int[] chars;

    Widths(int columns) {
      chars = new int[columns];
    }

    void fit(int col, String value) {
      for (String line : value.split("\n", -1)) {
        chars[col] = Math.max(chars[col], line.length());
      }
    }

    void apply(Sheet sheet) {
      for (int c = 0; c < chars.length; c++) {
        int w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, chars[c] + 2));
        sheet.setColumnWidth(c, w * 256);
      }
    }
  }

  /** The sheet's cell styles, made once per workbook. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle label;
    final CellStyle boldLabel;
    final CellStyle section;
    final CellStyle cell;
    final CellStyle failed;
    final CellStyle failedBold;

    Styles(Workbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      Font boldRed = wb.createFont();
      boldRed.setBold(true);
      boldRed.setColor(IndexedColors.DARK_RED.getIndex());
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 12);

      header = base(wb, true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);

      label = base(wb, true);
      label.setFont(bold);
      boldLabel = base(wb, true);
      boldLabel.setFont(boldRed);
      section = wb.createCellStyle();
      section.setFont(big);
      cell = base(wb, true);
      failed = base(wb, true);
      failed.setFillForegroundColor(IndexedColors.ROSE.getIndex());
      failed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      failedBold = base(wb, true);
      failedBold.setFont(boldRed);
      failedBold.setFillForegroundColor(IndexedColors.ROSE.getIndex());
      failedBold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static CellStyle base(Workbook wb, boolean wrap) {
      CellStyle s = wb.createCellStyle();
      s.setWrapText(wrap);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      s.setAlignment(HorizontalAlignment.LEFT);
      return s;
    }
  }
}
