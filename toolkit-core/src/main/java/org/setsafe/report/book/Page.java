package org.setsafe.report.book;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One sheet of the report and the rows written to it so far. Column widths cannot be measured after
 * SXSSF flushes rows, so every value written is measured on the way in and the widths are set at
 * the end from the longest value (up to each column's cap; longer text wraps).
 */
public final class Page {
  /**
   * The widest a column gets to hold its longest word on one line (a long check id, a production's
   * incident id); a longer word (an address) wraps.
   */
  static final int WORD_WIDTH = 44;

  /** Width in characters no column goes below. */
  public static final int MIN_WIDTH = 6;

  /** The height of one line of 10-point text, in points (LibreOffice needs 11.5, Excel 12.75). */
  public static final float LINE_POINTS = 12.75f;

  /** A line of large type (a title, a heading) is this many times its font's size high. */
  static final float TITLE_LINE = 1.45f;

  /** The longest line of a note, so that it stays on the first printed page of a wide sheet. */
  static final int NOTE_CHARS = 130;

  public final Book book;
  public final SXSSFSheet sheet;
  private int next;
  private int[] widths = new int[16];

  Page(Book book, SXSSFSheet sheet) {
    this.book = book;
    this.sheet = sheet;
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(PageMargin.LEFT, 0.4);
    sheet.setMargin(PageMargin.RIGHT, 0.4);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.6);
    sheet.setMargin(PageMargin.HEADER, 0.25);
    sheet.setMargin(PageMargin.FOOTER, 0.25);
    // print header and footer codes: &"font,style" sets the font, &P is the page number, &N the
    // page count
    sheet.getHeader().setLeft("&\"" + Book.FONT + ",Bold\"" + headerText(book.reportTitle));
    sheet.getHeader().setRight(headerText(sheet.getSheetName()));
    sheet.getFooter().setCenter("Page &P of &N");
  }

  /**
   * Prints the sheet on one page, upright: a page that is read first (the Summary) and is laid out
   * to fit one at full size.
   */
  public void onePage() {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(false);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 1);
  }

  /** Sets column {@code col} to {@code chars} characters wide, whatever was measured. */
  public void width(int col, int chars) {
    measure(col, 0);
    widths[col] = chars;
    sheet.setColumnWidth(col, chars * 256);
  }

  /** Text for a print header: {@code &} doubled so it prints as itself. */
  private static String headerText(String s) {
    return s.replace("&", "&&");
  }

  String name() {
    return sheet.getSheetName();
  }

  /** The index of the next row to be written. */
  public int nextRow() {
    return next;
  }

  /**
   * A new row, one line high: every row of the report has its height set, so that a spreadsheet
   * program never guesses it from the contents and the printed pages are known from the workbook.
   */
  public Row newRow() {
    Row r = sheet.createRow(next++);
    r.setHeightInPoints(LINE_POINTS);
    return r;
  }

  /** The height of a one-line row in {@code style}'s font. */
  private float lineHeight(CellStyle style) {
    short points = book.wb.getFontAt(style.getFontIndex()).getFontHeightInPoints();
    return Math.max(LINE_POINTS, points * TITLE_LINE);
  }

  /**
   * A line of text outside any table, not measured (it may run on across the empty cells to its
   * right).
   */
  public void note(CellStyle style, String text) {
    for (String line : split(text, NOTE_CHARS)) {
      Row r = newRow();
      r.setHeightInPoints(lineHeight(style));
      Cell c = r.createCell(0);
      c.setCellValue(book.clean(line, sheet, next - 1, 0, "note"));
      c.setCellStyle(style);
    }
  }

  /**
   * {@code text} broken at spaces into lines of at most {@code width} characters (longer words stay
   * whole).
   */
  static java.util.List<String> split(String text, int width) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (String w : text.split(" ")) {
      if (b.length() > 0 && b.length() + 1 + w.length() > width) {
        lines.add(b.toString());
        b.setLength(0);
      }
      b.append(b.length() == 0 ? "" : " ").append(w);
    }
    lines.add(b.toString());
    return lines;
  }

  /** Leaves {@code n} rows empty (one line high each). */
  public void skip(int n) {
    for (int i = 0; i < n; i++) {
      newRow();
    }
  }

  /** Records that column {@code col} holds a value {@code chars} characters wide. */
  void measure(int col, int chars) {
    if (col >= widths.length) {
      widths = Arrays.copyOf(widths, Math.max(col + 1, widths.length * 2));
    }
    if (chars > widths[col]) {
      widths[col] = chars;
    }
  }

  /**
   * Writes a text cell, cleaned, and measures it up to {@code maxWidth}; returns the lines it takes
   * when wrapped at that width, so the row can be made tall enough (SXSSF rows do not grow by
   * themselves).
   */
  int text(Row row, int col, String s, CellStyle style, int maxWidth, String what) {
    return text(row, col, s, style, maxWidth, what, 1);
  }

  /**
   * As {@link #text(Row, int, String, CellStyle, int, String)}, for a cell merged over {@code span}
   * columns.
   */
  int text(Row row, int col, String s, CellStyle style, int maxWidth, String what, int span) {
    if (maxWidth <= 0) {
      maxWidth = 255;
    }
    Cell c = row.createCell(col);
    c.setCellStyle(style);
    if (s == null) {
      return 1;
    }
    s = book.clean(s, sheet, row.getRowNum(), col, what);
    c.setCellValue(s);
    // the column gets as wide as the widest line up to its cap; the text wraps at the width the
    // column will have at least, so the row is made tall enough for it
    int full = TextFit.widthFor(TextFit.widest(s));
    int width = Math.min(full, maxWidth);
    if (span == 1 && full > maxWidth) {
      // a word (an id, a code) is not broken when the column can be made wide enough for it (a
      // word is never wider than its line, so only a line wider than the cap needs the look)
      width = Math.max(width, Math.min(TextFit.widthFor(TextFit.longestWord(s)), WORD_WIDTH));
    }
    if (span > 1) {
      // a merged cell under columns a table above has sized wraps at their width, without
      // widening them (they only grow from here, so the row is tall enough)
      int have = 0;
      for (int k = 0; k < span; k++) {
        have += width(col + k) == 0 ? 0 : Math.max(MIN_WIDTH, width(col + k));
      }
      if (have >= maxWidth / 2) {
        return TextFit.lines(s, have);
      }
    }
    for (int k = 0; k < span; k++) {
      // a merged cell's width is shared out over its columns
      measure(col + k, (width + span - 1) / span);
    }
    if (full <= width && s.indexOf('\n') < 0) {
      return 1; // one line that fits: nothing to wrap
    }
    return TextFit.lines(s, width);
  }

  /**
   * The height in points of a row whose tallest cell has {@code lines} lines (at most Excel's 409).
   */
  static float rowHeight(int lines) {
    return Math.min(409f, lines * LINE_POINTS + 1f);
  }

  /** The measured width of column {@code col} in characters (0 when nothing was written in it). */
  int width(int col) {
    return col < widths.length ? widths[col] : 0;
  }

  /** The sum of the measured column widths, as set by {@link #applyWidths}. */
  int totalWidth() {
    int total = 0;
    for (int w : widths) {
      if (w > 0) {
        total += Math.min(255, Math.max(MIN_WIDTH, w));
      }
    }
    return total;
  }

  /**
   * Sets each measured column's width: its widest value, margin included (capped when measured).
   */
  public void applyWidths() {
    for (int c = 0; c < widths.length; c++) {
      if (widths[c] > 0) {
        sheet.setColumnWidth(c, Math.min(255, Math.max(MIN_WIDTH, widths[c])) * 256);
      }
    }
  }

  /**
   * A title line in {@code style}'s large font, its row as tall as the font needs (a row keeps the
   * default height otherwise, and a large title would run into the line below).
   */
  public void title(CellStyle style, float points, String text) {
    Row r = newRow();
    r.setHeightInPoints(points * TITLE_LINE);
    Cell c = r.createCell(0);
    c.setCellValue(book.clean(text, sheet, next - 1, 0, "title"));
    c.setCellStyle(style);
  }
}
