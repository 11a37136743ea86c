package org.setsafe.report.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.setsafe.model.PartialDate;

/**
 * A table written row by row: a bold header, typed cells (text, counts, shares, dates, money),
 * widths that fit. A table that owns its sheet also gets a frozen header, an autofilter, a header
 * repeated on every printed page, and continues on a new sheet ({@code Name (2)}, ...) when a
 * sheet's rows run out.
 */
public final class SheetTable {
  /** What a column holds, which decides its cell style and how its width is measured. */
  enum CellKind {
    TEXT,
    INTEGER,
    DECIMAL,
    PERCENT,
    DATE,
    DATETIME,
    MONEY,
    STATUS
  }

  /**
   * One column.
   *
   * @param width for text, the widest the column gets before text wraps; otherwise ignored
   * @param currency for money, the ISO code of the whole column, or null when each cell names its
   *     own
   * @param span how many sheet columns the table column covers (merged), for text beside other
   *     tables
   */
  public record Column(String header, CellKind kind, int width, String currency, int span) {
    public static Column text(String header, int maxWidth) {
      return new Column(header, CellKind.TEXT, maxWidth, null, 1);
    }

    public static Column integer(String header) {
      return new Column(header, CellKind.INTEGER, 0, null, 1);
    }

    public static Column decimal(String header) {
      return new Column(header, CellKind.DECIMAL, 0, null, 1);
    }

    public static Column percent(String header) {
      return new Column(header, CellKind.PERCENT, 0, null, 1);
    }

    public static Column date(String header) {
      return new Column(header, CellKind.DATE, 12, null, 1);
    }

    public static Column dateTime(String header) {
      return new Column(header, CellKind.DATETIME, 18, null, 1);
    }

    public static Column money(String header, String currency) {
      return new Column(header, CellKind.MONEY, 0, currency, 1);
    }

    /**
     * Text spread over {@code span} sheet columns merged together, for a table that shares its
     * sheet with a wider one.
     */
    public static Column spanning(String header, int maxWidth, int span) {
      return new Column(header, CellKind.TEXT, maxWidth, null, span);
    }

    /** A narrow status column whose header is turned upright. */
    public static Column status(String header) {
      return new Column(header, CellKind.STATUS, 6, null, 1);
    }
  }

  private final Book book;
  private final List<Column> columns;

  /** The sheet column of each table column (a merged column covers its span from there). */
  private final int[] at;

  private final boolean ownsSheet;
  private final boolean filter;
  private final int freezeColumns;
  private final int maxRows;
  private final String baseName;
  private final List<Page> pages = new ArrayList<>();
  private final List<Integer> headerRows = new ArrayList<>();
  private Page page;
  private Row row;
  private String rowKey;
  private int rowLines;
  private long rows;
  private boolean numbersLeft;
  private boolean repeatHeader;

  /** The last row the filter covers, once a total row was started (-1: every row). */
  private int filterLast = -1;

  private final java.util.Map<Column, Integer> index = new java.util.IdentityHashMap<>();

  private SheetTable(
      Page page,
      List<Column> columns,
      boolean ownsSheet,
      boolean filter,
      int freezeColumns,
      int firstColumn) {
    this.book = page.book;
    this.page = page;
    this.columns = List.copyOf(columns);
    this.at = new int[this.columns.size()];
    for (int i = 0, c = firstColumn; i < at.length; c += this.columns.get(i++).span()) {
      at[i] = c;
    }
    this.ownsSheet = ownsSheet;
    this.filter = filter;
    this.freezeColumns = freezeColumns;
    this.maxRows = book.maxRowsPerSheet;
    this.baseName = page.name();
    for (int i = 0; i < this.columns.size(); i++) {
      index.put(this.columns.get(i), i);
    }
    header();
  }

  /**
   * A table that owns its page from the page's next row on: frozen header (and {@code
   * freezeColumns} first columns), autofilter, header repeated when printed, continued on new
   * sheets past the row limit.
   */
  public static SheetTable owning(Page page, List<Column> columns, int freezeColumns) {
    return owning(page, columns, freezeColumns, true);
  }

  /**
   * As {@link #owning(Page, List, int)}, with the autofilter only when {@code filter} (a table
   * whose rows are different facts, not records, has no use for one).
   */
  public static SheetTable owning(
      Page page, List<Column> columns, int freezeColumns, boolean filter) {
    return new SheetTable(page, columns, true, filter, freezeColumns, 0);
  }

  /**
   * A table that is one section of a page (below or above others); {@code filter} gives it the
   * autofilter.
   */
  public static SheetTable section(Page page, List<Column> columns, boolean filter) {
    return section(page, columns, filter, 0);
  }

  /**
   * A section whose first column is the sheet's column {@code firstColumn}, so that its columns
   * line up with those of a table above it (a label under a label, numbers under numbers).
   */
  public static SheetTable section(
      Page page, List<Column> columns, boolean filter, int firstColumn) {
    return new SheetTable(page, columns, false, filter, 0, firstColumn);
  }

  /** The sheet column of the table's last cell (a merged column's last). */
  private int lastColumn() {
    int i = columns.size() - 1;
    return at[i] + columns.get(i).span() - 1;
  }

  private void header() {
    pages.add(page);
    headerRows.add(page.nextRow());
    Row h = page.newRow();
    boolean upright = false;
    int lines = 1;
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      boolean rotated = col.kind() == CellKind.STATUS;
      upright |= rotated;
      Cell cell = h.createCell(at[c]);
      // a header can come from the data (an incident id in the Compare sheet): cleaned as any text
      String text = book.clean(col.header(), page.sheet, h.getRowNum(), at[c], "header");
      cell.setCellValue(text);
      boolean number =
          col.kind() != CellKind.TEXT
              && col.kind() != CellKind.DATE
              && col.kind() != CellKind.DATETIME;
      cell.setCellStyle(rotated ? book.rotatedHeader : number ? book.headerRight : book.header);
      if (rotated) {
        page.measure(at[c], 4);
        continue;
      }
      if (col.span() > 1) {
        page.sheet.addMergedRegion(
            new CellRangeAddress(h.getRowNum(), h.getRowNum(), at[c], at[c] + col.span() - 1));
        for (int k = 1; k < col.span(); k++) {
          h.createCell(at[c] + k).setCellStyle(book.header);
        }
        continue;
      }
      // a header wraps onto three lines at most: at least a third of its length wide, and its
      // longest word; a text column keeps its header on one line when the column is that wide
      // (headers are bold, wider than the regular text TextFit measures; a right-aligned one keeps
      // a gap after it)
      double extra = number ? Book.RIGHT_GAP_UNITS : 0;
      double word = longestWord(text) * TextFit.BOLD + extra;
      double all = TextFit.units(text) * TextFit.BOLD + extra;
      int width = Math.max(TextFit.widthFor(word), TextFit.widthFor(all / 3));
      if (col.kind() == CellKind.TEXT) {
        width = Math.max(width, Math.min(TextFit.widthFor(all), col.width()));
      }
      while (TextFit.boldLines(text, width, extra) > 3) {
        width++; // words wrap unevenly: a third of the length can still take more lines
      }
      page.measure(at[c], width);
      lines = Math.max(lines, TextFit.boldLines(text, width, extra));
    }
    if (upright) {
      double longest =
          columns.stream()
              .filter(c -> c.kind() == CellKind.STATUS)
              .mapToDouble(c -> TextFit.units(c.header()))
              .max()
              .orElse(10);
      h.setHeightInPoints((float) Math.min(200, 10 + longest * 6));
    } else {
      h.setHeightInPoints(Page.rowHeight(lines));
    }
  }

  /** The width of the longest word of {@code s}, in digit widths. */
  private static double longestWord(String s) {
    double best = 0;
    for (String w : s.split("\\s+")) {
      best = Math.max(best, TextFit.units(w));
    }
    return best;
  }

  List<Column> columns() {
    return columns;
  }

  /** Rows written so far, header rows not counted. */
  public long rows() {
    return rows;
  }

  /** The sheets the table was written on, in order. */
  public List<String> sheetNames() {
    return pages.stream().map(Page::name).toList();
  }

  /**
   * Starts a new row; {@code key} names it in Data quality when one of its texts had to be changed
   * (e.g. an incident id).
   */
  public SheetTable row(String key) {
    endRow();
    if (ownsSheet && page.nextRow() >= maxRows) {
      continueOnNewSheet();
    }
    row = page.newRow();
    rowKey = key;
    rowLines = 1;
    rows++;
    return this;
  }

  /**
   * Starts the table's total row: outside the autofilter's range, so that sorting or filtering the
   * rows never moves or hides it. Call it last.
   */
  public SheetTable total(String key) {
    endRow();
    filterLast = page.nextRow() - 1;
    return row(key);
  }

  /** Makes the row just written tall enough for its wrapped text. */
  private void endRow() {
    if (row != null && rowLines > 1) {
      row.setHeightInPoints(Page.rowHeight(rowLines));
    }
    row = null;
  }

  /** Numbers align left, as values in a two-column list of figures do. */
  public SheetTable numbersLeft() {
    numbersLeft = true;
    return this;
  }

  private void continueOnNewSheet() {
    Page previous = page;
    String name = baseName + " (" + (pages.size() + 1) + ")";
    page = book.page(name);
    book.wb.setSheetOrder(name, book.wb.getSheetIndex(previous.sheet) + 1);
    header();
  }

  private String what(int col) {
    return columns.get(col).header() + (rowKey == null ? "" : " of " + rowKey);
  }

  /** The position of {@code column} in this table (columns are named by their definitions). */
  int index(Column column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException(
          "no column '" + column.header() + "' in the table on " + page.name());
    }
    return i;
  }

  public SheetTable text(Column col, String s) {
    return text(index(col), s);
  }

  public SheetTable integer(Column col, long v) {
    return integer(index(col), v);
  }

  public SheetTable integer(Column col, Integer v) {
    return integer(index(col), v);
  }

  public SheetTable decimal(Column col, double v) {
    return decimal(index(col), v);
  }

  public SheetTable percent(Column col, double v) {
    return percent(index(col), v);
  }

  public SheetTable date(Column col, PartialDate d) {
    return date(index(col), d);
  }

  public SheetTable date(Column col, LocalDate d) {
    return date(index(col), d);
  }

  public SheetTable money(Column col, BigDecimal amount, String currency) {
    return money(index(col), amount, currency);
  }

  public SheetTable text(int col, String s) {
    return text(col, s, book.text);
  }

  public SheetTable text(Column col, String s, CellStyle style) {
    return text(index(col), s, style);
  }

  public SheetTable text(int col, String s, CellStyle style) {
    if (s != null) {
      Column column = columns.get(col);
      int lines = page.text(row, at[col], s, style, column.width(), what(col), column.span());
      if (column.span() > 1) {
        page.sheet.addMergedRegion(
            new CellRangeAddress(
                row.getRowNum(), row.getRowNum(), at[col], at[col] + column.span() - 1));
      }
      if (lines > rowLines) {
        rowLines = lines;
      }
    }
    return this;
  }

  /** The room a number keeps after it: {@link Book#RIGHT_GAP} when it is aligned right. */
  private double gap() {
    return numbersLeft ? 0 : Book.RIGHT_GAP_UNITS;
  }

  public SheetTable integer(int col, long v) {
    Cell c = row.createCell(at[col]);
    c.setCellValue(v);
    c.setCellStyle(numbersLeft ? book.integerLeft : book.integer);
    page.measure(at[col], TextFit.widthFor(digits(v) + gap()));
    return this;
  }

  /**
   * A count of a breakdown table: as {@link #integer(Column, long)}, but in a redacted report a
   * count of 1 to {@code N - 1} is shown as the text {@code < N} (N the report's smallest count).
   */
  public SheetTable count(Column col, long v) {
    if (book.small(v)) {
      book.onSmallCell.run();
      return text(col, "< " + book.smallCell);
    }
    return integer(col, v);
  }

  /** An integer, or an empty cell for null (not known). */
  public SheetTable integer(int col, Integer v) {
    return v == null ? this : integer(col, v.longValue());
  }

  public SheetTable decimal(int col, double v) {
    Cell c = row.createCell(at[col]);
    c.setCellValue(v);
    c.setCellStyle(numbersLeft ? book.decimalLeft : book.decimal);
    page.measure(at[col], TextFit.widthFor(digits((long) v) + 3 + gap()));
    return this;
  }

  public SheetTable percent(int col, double share) {
    Cell c = row.createCell(at[col]);
    c.setCellValue(share);
    c.setCellStyle(book.percent);
    page.measure(at[col], TextFit.widthFor(6 + Book.RIGHT_GAP_UNITS));
    return this;
  }

  /**
   * A date as a real date cell: a partial date ({@code 2009-01}, {@code 2015}) as its first day,
   * shown to its precision ({@code 2009-01}), so that sorting and filtering by date put it in
   * order; a table that holds partial dates says their precision in a column of its own. Only a
   * year before 1900, which a workbook cannot hold as a date, stays text.
   */
  public SheetTable date(int col, PartialDate d) {
    if (d == null) {
      return this;
    }
    if (d.year() < 1900) {
      return text(col, d.toString());
    }
    Cell c = row.createCell(at[col]);
    c.setCellValue(d.firstDay());
    c.setCellStyle(d.isComplete() ? book.date : d.month() != null ? book.dateMonth : book.dateYear);
    page.measure(at[col], TextFit.widthFor(10));
    return this;
  }

  public SheetTable date(int col, LocalDate d) {
    return d == null ? this : date(col, PartialDate.of(d));
  }

  public SheetTable dateTime(int col, LocalDateTime t) {
    Cell c = row.createCell(at[col]);
    c.setCellValue(t);
    c.setCellStyle(book.dateTime);
    page.measure(at[col], TextFit.widthFor(16));
    return this;
  }

  /**
   * An amount as a number: whole units from 1,000 up (cents shown only below), the currency named
   * once, by the column's header or a currency column beside it, never in the cell as well.
   */
  public SheetTable money(int col, BigDecimal amount, String currency) {
    if (amount == null) {
      return this;
    }
    Cell c = row.createCell(at[col]);
    c.setCellValue(amount.doubleValue());
    boolean cents =
        amount.abs().compareTo(BigDecimal.valueOf(1000)) < 0
            && amount.scale() > 0
            && amount.stripTrailingZeros().scale() > 0;
    c.setCellStyle(book.amount(cents, numbersLeft));
    page.measure(at[col], TextFit.widthFor(digits(amount.longValue()) + (cents ? 3 : 0) + gap()));
    return this;
  }

  /** A short status text with its own style (e.g. a failed check highlighted). */
  public SheetTable status(int col, String s, CellStyle style) {
    Cell c = row.createCell(at[col]);
    c.setCellValue(s);
    c.setCellStyle(style);
    page.measure(at[col], TextFit.widthFor(TextFit.units(s)));
    return this;
  }

  /** Characters of {@code v} formatted with thousands separators. */
  static int digits(long v) {
    int n = Long.toString(Math.abs(v)).length();
    return n + (n - 1) / 3 + (v < 0 ? 1 : 0);
  }

  /**
   * Like {@link #finish()}, but a table without rows says {@code emptyMessage} in a line under its
   * header.
   */
  public void finish(String emptyMessage) {
    if (rows == 0) {
      Cell c = page.newRow().createCell(at[0]);
      c.setCellValue(emptyMessage);
      c.setCellStyle(book.note);
    }
    finish();
  }

  /**
   * Sets the filter, frozen panes, widths and print layout of every sheet the table is on: the
   * header repeated on every printed page, and (as every sheet of the report) one page wide.
   */
  public void finish() {
    endRow();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      int h = headerRows.get(i);
      int last = Math.max(h, p.nextRow() - 1);
      if (filterLast >= 0 && i == pages.size() - 1) {
        last = Math.max(h, filterLast);
      }
      if (filter) {
        p.sheet.setAutoFilter(new CellRangeAddress(h, last, at[0], lastColumn()));
      }
      if (ownsSheet) {
        p.sheet.createFreezePane(freezeColumns, h + 1);
      }
      if (ownsSheet || repeatHeader) {
        p.sheet.setRepeatingRows(new CellRangeAddress(h, h, -1, -1));
      }
      if (ownsSheet) {
        p.applyWidths();
      }
    }
  }

  /** Prints this table's header on every page (for the longest table of a page of sections). */
  SheetTable repeatHeader() {
    repeatHeader = true;
    return this;
  }
}
