package org.setsafe.report.book;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.setsafe.analysis.DataQuality;

/**
 * The workbook being written: a streaming (SXSSF) workbook with inline strings, the shared cell
 * styles, and the clean-up every text passes through on its way into a cell (control characters
 * removed, text over the cell limit cut), each change counted and listed in Data quality.
 */
public final class Book implements AutoCloseable {
  /** Rows kept in memory per sheet before they are flushed to the temporary file. */
  static final int ROW_WINDOW = 100;

  /** The report's body font (Arial, or a metric-compatible substitute such as Liberation Sans). */
  static final String FONT = "Arial";

  public final SXSSFWorkbook wb;

  /** The creator every workbook setsafe writes names in its document properties. */
  public static final String CREATOR = "setsafe";

  /** Rows a sheet holds before a table goes on on a new sheet (header included). */
  final int maxRowsPerSheet;

  /** The report's title, printed in every page's header (set before the first page is made). */
  public String reportTitle;

  /**
   * A redacted report's smallest count shown ({@link ReportOptions#smallCell}; 0 when not
   * redacted), and what is told of each count shown as {@code < N}: set with the title.
   */
  public int smallCell;

  /** Whether a redacted report shows the count {@code v} as {@code < N}: a count of 1 to N - 1. */
  public boolean small(long v) {
    return smallCell > 0 && v > 0 && v < smallCell;
  }

  public Runnable onSmallCell = () -> {};

  private final DataQuality quality;
  private final DataFormat formats;
  private final List<SheetFile> sheetFiles = new ArrayList<>();
  private long controlCharsRemoved;
  private long cellsWithControlChars;
  private long textsCut;

  /**
   * The end of a right-aligned cell's format: a space twice as wide as ")" (a number format's
   * spacing code, {@code _} and the character whose width it leaves), so that a number or a
   * right-aligned header never runs into the text of the next column.
   */
  public static final String RIGHT_GAP = "_)_)";

  /** The width of {@link #RIGHT_GAP} in digit widths. */
  static final double RIGHT_GAP_UNITS = 2 * 333.0 / 556;

  public final CellStyle header;
  final CellStyle headerRight;
  public final CellStyle text;
  final CellStyle integer;
  final CellStyle integerLeft;
  final CellStyle decimal;
  final CellStyle decimalLeft;
  final CellStyle dateMonth;
  final CellStyle dateYear;
  final CellStyle amountWhole;
  final CellStyle amountCents;
  final CellStyle amountWholeLeft;
  final CellStyle amountCentsLeft;
  final CellStyle percent;
  final CellStyle date;
  final CellStyle dateTime;
  public final CellStyle title;
  public final CellStyle heading;
  public final CellStyle label;
  public final CellStyle note;
  public final CellStyle failed;
  public final CellStyle notPerformed;
  public final CellStyle passed;
  public final CellStyle quiet;
  public final CellStyle quietText;
  final CellStyle rotatedHeader;

  /** A tile of the Summary: its figure in large type, its label, its note. */
  public final CellStyle tileValue;

  public final CellStyle tileText;
  public final CellStyle tileLabel;
  public final CellStyle tileNote;

  /**
   * @param fastDeflate whether to deflate the workbook at the fastest level (large reports) rather
   *     than the default one
   * @param workFolder where the temporary sheet files go (the run's work folder beside the output)
   */
  public Book(
      ReportOptions options,
      DataQuality quality,
      boolean compressTempFiles,
      boolean fastDeflate,
      Path workFolder) {
    this(
        options,
        quality,
        compressTempFiles,
        fastDeflate,
        workFolder,
        ParallelZipOutputStream.CHUNK);
  }

  /**
   * @param deflateChunk the size of the pieces worksheets are deflated in when {@code fastDeflate}
   *     ({@link ParallelZipOutputStream#CHUNK}; tests use small ones)
   */
  public Book(
      ReportOptions options,
      DataQuality quality,
      boolean compressTempFiles,
      boolean fastDeflate,
      Path workFolder,
      int deflateChunk) {
    this(
        options.title(),
        options.maxRowsPerSheet(),
        quality,
        compressTempFiles,
        fastDeflate,
        workFolder,
        deflateChunk);
  }

  /**
   * A small workbook of one or a few sheets (the Compare sheet): no Data quality sheet of its own,
   * so what {@link #clean} changes is counted ({@link #cellsWithControlChars()}, {@link
   * #textsCut()}) but listed nowhere.
   */
  public static Book small(String title, Path workFolder) {
    return new Book(
        title,
        ReportOptions.EXCEL_MAX_ROWS,
        new DataQuality(),
        false,
        false,
        workFolder,
        ParallelZipOutputStream.CHUNK);
  }

  private Book(
      String reportTitle,
      int maxRowsPerSheet,
      DataQuality quality,
      boolean compressTempFiles,
      boolean fastDeflate,
      Path workFolder,
      int deflateChunk) {
    this.reportTitle = reportTitle;
    this.maxRowsPerSheet = maxRowsPerSheet;
    this.quality = quality;
    XSSFWorkbook x = new XSSFWorkbook();
    // who wrote the file: setsafe replaces a workbook of its own without --force, never another's
    x.getProperties().getCoreProperties().setCreator(CREATOR);
    XSSFFont base = x.getFontAt(0);
    base.setFontName(FONT);
    base.setFontHeightInPoints((short) 10);
    this.wb =
        new SXSSFWorkbook(x, ROW_WINDOW, compressTempFiles, false) {
          @Override
          protected SheetDataWriter createSheetDataWriter() throws IOException {
            return SheetFile.create(workFolder, compressTempFiles, sheetFiles);
          }

          @Override
          protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            if (!fastDeflate) {
              return super.createArchiveOutputStream(out);
            }
            // large reports: the fastest level, and the worksheets deflated on every core. Their
            // sizes are
            // known when they are added, so Zip64 records are written only if a part passes 4 GB.
            ZipArchiveOutputStream zip =
                new ParallelZipOutputStream(out, Deflater.BEST_SPEED, deflateChunk, workFolder);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            return zip;
          }
        };
    this.formats = wb.createDataFormat();

    Font bold = font(true, 10, IndexedColors.BLACK);
    header = style(bold, true, HorizontalAlignment.LEFT);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setVerticalAlignment(VerticalAlignment.BOTTOM);
    headerRight = wb.createCellStyle();
    headerRight.cloneStyleFrom(header);
    headerRight.setAlignment(HorizontalAlignment.RIGHT);
    headerRight.setDataFormat(formats.getFormat("@" + RIGHT_GAP));
    rotatedHeader = wb.createCellStyle();
    rotatedHeader.cloneStyleFrom(header);
    rotatedHeader.setRotation((short) 90);
    rotatedHeader.setAlignment(HorizontalAlignment.CENTER);
    text = style(null, true, HorizontalAlignment.LEFT);
    integer = numberStyle("#,##0", HorizontalAlignment.RIGHT);
    integerLeft = numberStyle("#,##0", HorizontalAlignment.LEFT);
    decimal = numberStyle("#,##0.00", HorizontalAlignment.RIGHT);
    decimalLeft = numberStyle("#,##0.00", HorizontalAlignment.LEFT);
    amountWhole = numberStyle("#,##0", HorizontalAlignment.RIGHT);
    amountCents = numberStyle("#,##0.00", HorizontalAlignment.RIGHT);
    amountWholeLeft = numberStyle("#,##0", HorizontalAlignment.LEFT);
    amountCentsLeft = numberStyle("#,##0.00", HorizontalAlignment.LEFT);
    percent = numberStyle("0.0%", HorizontalAlignment.RIGHT);
    date = numberStyle("yyyy-mm-dd", HorizontalAlignment.LEFT);
    dateMonth = numberStyle("yyyy-mm", HorizontalAlignment.LEFT);
    dateYear = numberStyle("yyyy", HorizontalAlignment.LEFT);
    dateTime = numberStyle("yyyy-mm-dd hh:mm", HorizontalAlignment.LEFT);
    title = style(font(true, 16, IndexedColors.DARK_RED), false, HorizontalAlignment.LEFT);
    heading = style(font(true, 12, IndexedColors.BLACK), false, HorizontalAlignment.LEFT);
    label = style(bold, true, HorizontalAlignment.LEFT);
    Font grey = font(false, 9, IndexedColors.GREY_50_PERCENT);
    ((XSSFFont) grey).setItalic(true);
    note = style(grey, false, HorizontalAlignment.LEFT);
    failed = status(font(true, 10, IndexedColors.WHITE), IndexedColors.RED);
    notPerformed = status(font(true, 10, IndexedColors.DARK_RED), IndexedColors.ROSE);
    passed = status(font(false, 10, IndexedColors.GREEN), null);
    quiet = status(font(false, 10, IndexedColors.GREY_50_PERCENT), null);
    quietText =
        style(font(false, 10, IndexedColors.GREY_50_PERCENT), true, HorizontalAlignment.RIGHT);
    tileValue = tile(font(true, 18, IndexedColors.BLACK), false);
    tileValue.setDataFormat(formats.getFormat("#,##0"));
    tileText = tile(font(true, 11, IndexedColors.BLACK), true);
    tileLabel = tile(bold, true);
    Font small = font(false, 8, IndexedColors.GREY_80_PERCENT);
    tileNote = tile(small, true);
  }

  private Font font(boolean bold, int points, IndexedColors color) {
    Font f = wb.createFont();
    f.setFontName(FONT);
    f.setBold(bold);
    f.setFontHeightInPoints((short) points);
    f.setColor(color.getIndex());
    return f;
  }

  private CellStyle style(Font font, boolean wrap, HorizontalAlignment align) {
    CellStyle s = wb.createCellStyle();
    if (font != null) {
      s.setFont(font);
    }
    s.setWrapText(wrap);
    s.setAlignment(align);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  /**
   * A number style; aligned right, the format keeps {@link #RIGHT_GAP} after the number, so that it
   * never touches the text of the column to its right.
   */
  private CellStyle numberStyle(String format, HorizontalAlignment align) {
    CellStyle s = style(null, false, align);
    boolean right = align == HorizontalAlignment.RIGHT;
    s.setDataFormat(formats.getFormat(right ? format + RIGHT_GAP : format));
    return s;
  }

  /** A tile's cell: light grey, a white border between tiles. */
  private CellStyle tile(Font font, boolean wrap) {
    CellStyle s = style(font, wrap, HorizontalAlignment.LEFT);
    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setBorderLeft(BorderStyle.THICK);
    s.setBorderRight(BorderStyle.THICK);
    s.setLeftBorderColor(IndexedColors.WHITE.getIndex());
    s.setRightBorderColor(IndexedColors.WHITE.getIndex());
    return s;
  }

  private CellStyle status(Font font, IndexedColors fill) {
    CellStyle s = style(font, false, HorizontalAlignment.CENTER);
    if (fill != null) {
      s.setFillForegroundColor(fill.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }

  /**
   * The style of an amount of money: cents only when shown ({@code cents}), aligned left or right.
   */
  CellStyle amount(boolean cents, boolean left) {
    return cents ? (left ? amountCentsLeft : amountCents) : (left ? amountWholeLeft : amountWhole);
  }

  /** Creates a sheet set up for printing: landscape, fitted to the page width, page numbers. */
  public Page page(String name) {
    SXSSFSheet sheet = wb.createSheet(name);
    return new Page(this, sheet);
  }

  /**
   * The text a cell can hold: XML-illegal characters removed and text over the cell limit cut with
   * a marker, each change counted and listed (with {@code what} saying whose text it was).
   */
  String clean(String s, SXSSFSheet sheet, int row, int col, String what) {
    if (CellText.hasIllegal(s)) {
      long[] removed = new long[1];
      s = CellText.removeIllegal(s, removed);
      controlCharsRemoved += removed[0];
      cellsWithControlChars++;
      quality.flag(
          "control characters removed",
          where(sheet, row, col),
          what + ": " + removed[0] + " character(s) that a workbook cannot hold were removed");
    }
    if (s.length() > CellText.MAX_CHARS) {
      int length = s.length();
      s = CellText.cut(s);
      textsCut++;
      quality.flag(
          "text cut",
          where(sheet, row, col),
          what
              + ": "
              + String.format("%,d", length)
              + " characters cut to "
              + String.format("%,d", s.length())
              + " (a cell holds at most "
              + String.format("%,d", CellText.MAX_CHARS)
              + ")");
    }
    return s;
  }

  static String where(SXSSFSheet sheet, int row, int col) {
    return sheet.getSheetName() + "!" + new CellReference(row, col).formatAsString(false);
  }

  public long controlCharsRemoved() {
    return controlCharsRemoved;
  }

  long cellsWithControlChars() {
    return cellsWithControlChars;
  }

  long textsCut() {
    return textsCut;
  }

  /**
   * Puts the sheets in {@code names}' order; a table's continuation sheets ({@code Incidents (2)})
   * are listed by name too.
   */
  public void order(java.util.List<String> names) {
    int i = 0;
    for (String n : names) {
      if (wb.getSheetIndex(n) >= 0) {
        wb.setSheetOrder(n, i++);
      }
    }
    wb.setActiveSheet(0);
    wb.setSelectedTab(0);
  }

  public void write(OutputStream out) {
    try {
      // not wb.write: that saves the workbook's template to a file in the shared temporary folder
      // (and leaves a "poifiles" folder there); the template is small, so it is kept in memory
      wb.writeAvoidingTempFiles(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the workbook", e);
    }
  }

  /** Closes the workbook, which also deletes its temporary sheet files. */
  @Override
  public void close() {
    // not wb.close(): the sheet files are setsafe's own (see SheetFile), closed and deleted here
    SheetFile.disposeAll(sheetFiles);
    try {
      wb.getXSSFWorkbook().close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the workbook", e);
    }
  }
}
