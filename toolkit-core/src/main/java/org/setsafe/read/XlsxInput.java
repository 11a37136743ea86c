package org.setsafe.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Streams the rows of one sheet of an XLSX workbook: the sheet's XML is read a row at a time with a
 * pull parser (never the whole workbook in memory), and its shared strings are kept in a temporary
 * file. Cells read as their author sees them, in setsafe's formats: date-formatted cells as ISO
 * dates and times, whole numbers without a decimal point, booleans as TRUE/FALSE, formulas by their
 * cached value (never evaluated). The header is the first non-blank row or the row given; an empty
 * header cell inside a merged range takes the range's text. Blank rows are skipped and counted.
 * Rows are numbered as the sheet numbers them.
 */
public final class XlsxInput implements RowSource {

  private final String name;
  private final String sheet;

  private final List<String> otherSheets;
  private final DiagnosticSink sink;
  private final OPCPackage pkg;
  private final InputStream sheetData;
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final CellFormats formats;
  private final boolean date1904;
  private final List<String> header;
  private final long headerLine;
  private final XSSFReader reader;
  private final String relationId;
  private long blankRows;

  /** {@code <row>} elements begun so far, and whether one is being read. */
  private long rowsStarted;

  private boolean inRow;

  /** What reading the current row's cells found (located warnings and errors). */
  private List<Diagnostic> notes = new ArrayList<>();

  /** Why reading stopped part-way, and the rows of the sheet's XML left unread. */
  private Diagnostic stop;

  private String stopWhy;
  private long stopRow;
  private XlsxRawRows unread;
  private long unreadLast;
  private boolean unreadDone;
  private long pendingBlank;
  private long lastRow;
  private boolean failed;
  private boolean ended;

  /** One row as the sheet holds it. */
  private record Row(long number, List<String> cells, List<Diagnostic> notes) {
    /** A row with nothing in it; a row whose cells were found wanting is not blank. */
    boolean blank() {
      if (!notes.isEmpty()) {
        return false;
      }
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /** A merged range of cells (1-based rows and columns, inclusive). */
  private record Merge(long firstRow, int firstColumn, long lastRow, int lastColumn) {
    boolean covers(long row, int column) {
      return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    String ref() {
      return Diagnostic.columnLetters(firstColumn)
          + firstRow
          + ":"
          + Diagnostic.columnLetters(lastColumn)
          + lastRow;
    }
  }

  /** The merged ranges below the header, whose cells but the first read as empty. */
  private List<Merge> dataMerges = List.of();

  /** The merged range over a cell that is not its first, or null. */
  private Merge mergeOver(long row, int column) {
    for (Merge m : dataMerges) {
      if (m.covers(row, column) && !(row == m.firstRow() && column == m.firstColumn())) {
        return m;
      }
    }
    return null;
  }

  private XlsxInput(Path path, String name, String sheetName, int headerRow, DiagnosticSink sink)
      throws IOException, OpenXML4JException, XMLStreamException {
    this.name = name;
    this.sink = sink;
    this.pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
    SharedStrings shared = null;
    InputStream data = null;
    List<Merge> merges;
    XSSFReader reader;
    WorkbookInfo.Sheet chosen;
    try {
      reader = new XSSFReader(pkg);
      WorkbookInfo wb = WorkbookInfo.read(reader.getWorkbookData());
      chosen = wb.choose(sheetName, name);
      this.sheet = chosen.name();
      this.otherSheets =
          wb.sheets().stream()
              .filter(x -> !x.hidden() && !x.name().equals(chosen.name()))
              .map(WorkbookInfo.Sheet::name)
              .toList();
      this.date1904 = wb.date1904();
      InputStream stylesData = reader.getStylesData();
      this.formats = stylesData == null ? CellFormats.none() : CellFormats.read(stylesData);
      InputStream sst = reader.getSharedStringsData();
      shared = sst == null ? SharedStrings.none() : readStrings(sst);
      try (InputStream scan = reader.getSheet(chosen.relationId())) {
        merges = merges(scan);
      }
      data = reader.getSheet(chosen.relationId());
      XMLInputFactory factory = XMLHelper.newXMLInputFactory();
      this.xml = factory.createXMLStreamReader(data);
    } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
      if (shared != null) {
        shared.close();
      }
      if (data != null) {
        data.close();
      }
      pkg.revert();
      throw e;
    }
    this.strings = shared;
    this.sheetData = data;
    this.reader = reader;
    this.relationId = chosen.relationId();
    List<Row> above = new ArrayList<>();
    Row head = null;
    for (Row r = readRow(); r != null; r = readRow()) {
      if (headerRow > 0 ? r.number() >= headerRow : !r.blank()) {
        head = r;
        break;
      }
      above.add(r);
    }
    if (head != null && headerRow > 0 && (head.number() != headerRow || head.blank())) {
      sink.report(
          Diagnostic.error(
                  name,
                  headerRow,
                  0,
                  null,
                  "row "
                      + headerRow
                      + " of the sheet is empty, so it cannot be the header (--header-row); nothing"
                      + " was read")
              .inSheet(sheet));
      failed = true;
      head = null;
    } else if (head == null && headerRow > 0 && !failed && !above.isEmpty()) {
      sink.report(
          Diagnostic.error(
                  name,
                  0,
                  0,
                  null,
                  "the sheet ends at row "
                      + above.get(above.size() - 1).number()
                      + ", before the header row "
                      + headerRow
                      + " (--header-row)")
              .inSheet(sheet));
      failed = true;
    }
    if (head == null) {
      this.header = List.of();
      this.headerLine = 0;
    } else {
      for (Diagnostic d : head.notes()) {
        sink.report(d);
      }
      above.add(head);
      this.header = headerNames(head, above, merges);
      long headRow = head.number();
      this.dataMerges = merges.stream().filter(m -> m.lastRow() > headRow).toList();
      this.headerLine = head.number();
      hintTwoRowHeader(head, merges);
    }
  }

  private static SharedStrings readStrings(InputStream sst) throws IOException, XMLStreamException {
    try (InputStream in = sst) {
      return SharedStrings.read(in);
    }
  }

  /** Thrown when the temporary file of a workbook's shared strings cannot be written. */
  static final class TempFull extends IOException {
    private static final long serialVersionUID = 1L;

    TempFull(java.nio.file.Path folder, IOException cause) {
      super(
          "cannot keep the workbook's shared strings in the temporary folder "
              + folder
              + " ("
              + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
              + "); free some space there, or point java.io.tmpdir (JAVA_OPTS=-Djava.io.tmpdir=DIR)"
              + " at a folder with room",
          cause);
    }
  }

  /**
   * Opens {@code sheetName} (null: the first visible sheet) of the workbook at {@code path}; the
   * header is row {@code headerRow} (0: the first non-blank row).
   *
   * @throws InputException when the file is missing, not an XLSX workbook (an older .xls, an
   *     encrypted or damaged file) or has no such sheet
   */
  public static XlsxInput open(
      Path path, String name, String sheetName, int headerRow, DiagnosticSink sink) {
    if (!Files.exists(path)) {
      throw new InputException(name + ": no such file");
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(path.toFile());
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (magic == FileMagic.OLE2) {
      throw new InputException(name + ": " + describeOle2(path));
    }
    if (magic != FileMagic.OOXML) {
      boolean xls = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xls");
      throw new InputException(
          name
              + (xls
                  ? ": not a workbook setsafe can read (an Excel 97-2003 .xls file has another"
                      + " form; this may be a web page or text saved under an .xls name): open it"
                      + " and save it as .xlsx or CSV"
                  : ": not an .xlsx workbook (an .xlsx file is a zip archive, and this one is not:"
                      + " damaged, cut short, or another kind of file with an .xlsx name)"));
    }
    try {
      return new XlsxInput(path, name, sheetName, headerRow, sink);
    } catch (InputException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (EncryptedDocumentException e) {
      throw new InputException(name + ": " + ENCRYPTED);
    } catch (TempFull e) {
      throw new InputException(name + ": " + e.getMessage(), e);
    } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
      String known = known(e);
      if (known != null) {
        throw new InputException(name + ": " + known, e);
      }
      // POI reports a damaged package in many ways, unchecked ones included
      throw new InputException(
          name
              + ": not a readable .xlsx workbook (damaged, or not saved by a spreadsheet program):"
              + " "
              + firstLine(e),
          e);
    }
  }

  private static final String ENCRYPTED =
      "the workbook is password-protected (encrypted), so its cells cannot be read; save a copy"
          + " without a password (File > Info > Protect Workbook in Excel) or export the sheet as CSV";

  /** An OLE2 file is an encrypted .xlsx or an Excel 97-2003 workbook. */
  private static String describeOle2(Path path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        return ENCRYPTED;
      }
      if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
        return "an Excel 97-2003 workbook (.xls), which setsafe does not read; open it in Excel"
            + " or LibreOffice and save it as .xlsx (or export the sheet as CSV)";
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the general description
    }
    return "an older Office file (not .xlsx); save it as .xlsx or export the sheet as CSV";
  }

  /**
   * What setsafe can say of a failure it recognises in a workbook (a zip bomb, Strict OOXML, a full
   * temporary folder), whatever layer of POI or the XML parser reports it; null otherwise.
   */
  static String known(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage();
      if (t instanceof TempFull) {
        return m;
      }
      if (m.contains("Zip bomb") || m.contains("zip bomb")) {
        return "refused: a part of the workbook expands to far more than its compressed size (a"
            + " zip bomb, or a damaged file); setsafe does not read it. If the workbook is"
            + " genuine, export the sheet as CSV";
      }
      if (m.contains("Strict OOXML")) {
        return "the workbook is saved as Strict Open XML, which setsafe cannot read; open it and"
            + " save it as an ordinary Excel Workbook (.xlsx), or export the sheet as CSV";
      }
      if (m.contains("No space left on device")) {
        return "no space left on the device while reading the workbook (its shared strings wait in"
            + " the temporary folder "
            + System.getProperty("java.io.tmpdir")
            + "); free some space there, or point java.io.tmpdir at a folder with room";
      }
    }
    return null;
  }

  /**
   * An XML parser's problem in a few words: its message without the {@code ParseError at [row,col]}
   * line (a place in the XML text, not in the sheet).
   */
  static String describe(Throwable e) {
    String known = known(e);
    if (known != null) {
      return known;
    }
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int message = m.indexOf("Message: ");
    if (message >= 0) {
      m = m.substring(message + "Message: ".length());
    }
    return firstLine(m);
  }

  private static String firstLine(Throwable e) {
    String known = known(e);
    if (known != null) {
      return known;
    }
    return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static String firstLine(String text) {
    String m = text;
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.length() > 160 ? m.substring(0, 160) + "..." : m;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String sheet() {
    return sheet;
  }

  @Override
  public List<String> otherSheets() {
    return otherSheets;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long headerLine() {
    return headerLine;
  }

  @Override
  public long blankRows() {
    return blankRows;
  }

  @Override
  public boolean failed() {
    return failed;
  }

  @Override
  public RawRow next() {
    if (failed || header.isEmpty()) {
      return null;
    }
    Row r;
    try {
      r = readRow();
      while (r != null && r.blank()) {
        pendingBlank++;
        r = readRow();
      }
    } catch (XMLStreamException | RuntimeException e) {
      damaged(e);
      return null;
    }
    if (r == null) {
      return null;
    }
    // blank rows count when data follows them; trailing formatted rows do not
    blankRows += pendingBlank;
    pendingBlank = 0;
    List<String> cells = r.cells();
    int last = cells.size() - 1;
    while (last >= header.size() && cells.get(last).isBlank()) {
      last--;
    }
    String[] values = new String[Math.max(header.size(), last + 1)];
    List<Diagnostic> rowNotes = r.notes();
    for (int i = 0; i < values.length; i++) {
      values[i] = i < cells.size() ? cells.get(i).strip() : "";
      if (values[i].isEmpty() && !dataMerges.isEmpty()) {
        Merge m = mergeOver(r.number(), i + 1);
        if (m != null) {
          rowNotes = new ArrayList<>(rowNotes);
          rowNotes.add(
              Diagnostic.warning(
                      name,
                      r.number(),
                      i + 1,
                      i < header.size() && !header.get(i).isEmpty() ? header.get(i) : null,
                      "the cell is inside the merged range "
                          + m.ref()
                          + ", whose value stands in its first cell "
                          + Diagnostic.columnLetters(m.firstColumn())
                          + m.firstRow()
                          + " only; read as empty (unmerge the cells and fill each row)")
                  .inSheet(sheet));
        }
      }
    }
    return new RawRow(r.number(), values, raw(cells), rowNotes);
  }

  /**
   * Stops the reading at the row whose XML broke: says so, naming that row, and leaves the rest of
   * the sheet to {@link #nextUnread}, which counts it and keeps each row's XML.
   */
  private void damaged(Exception e) {
    failed = true;
    stopRow = inRow ? lastRow : lastRow + 1;
    stopWhy = describe(e);
    stop =
        Diagnostic.error(
                name,
                stopRow,
                0,
                null,
                "the sheet's XML is damaged in row "
                    + stopRow
                    + " ("
                    + stopWhy
                    + "); this row and the rest of the sheet could not be read (each is counted"
                    + " and kept in rejects with its XML)")
            .inSheet(sheet);
    sink.report(stop);
  }

  @Override
  public RawRow nextUnread() {
    if (stop == null || unreadDone || header.isEmpty()) {
      return null;
    }
    try {
      if (unread == null) {
        // the rows begun were read, but for the damaged one when it was begun
        unread = new XlsxRawRows(reader.getSheet(relationId), rowsStarted - (inRow ? 1 : 0));
        unreadLast = stopRow - 1;
      }
      XlsxRawRows.Excerpt x = unread.next();
      if (x == null) {
        unreadDone = true;
        unread.close();
        return null;
      }
      long at = x.number() > unreadLast ? x.number() : unreadLast + 1;
      unreadLast = at;
      return new RawRow(
          at,
          new String[0],
          x.xml(),
          List.of(
              Diagnostic.error(
                      name,
                      at,
                      0,
                      null,
                      "not read: the sheet's XML is damaged in row "
                          + stopRow
                          + " ("
                          + stopWhy
                          + ")")
                  .inSheet(sheet)));
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      unreadDone = true; // the part cannot be read again: what was read stands
      return null;
    }
  }

  /** The row's cells as one CSV line (RFC 4180 quoting), as shown (for rejects). */
  private static String raw(List<String> cells) {
    int n = cells.size();
    while (n > 0 && cells.get(n - 1).isEmpty()) {
      n--;
    }
    StringBuilder b = new StringBuilder(16 * n);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(',');
      }
      String v = cells.get(i);
      boolean quote = false;
      for (int k = 0; k < v.length() && !quote; k++) {
        char c = v.charAt(k);
        quote = c == ',' || c == '"' || c == '\n' || c == '\r';
      }
      if (quote) {
        b.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        b.append(v);
      }
    }
    return b.toString();
  }

  /** The rows of a sheet at most (Excel's limit). */
  private static final long MAX_ROWS = 1_048_576;

  /** Reads the next {@code <row>} of the sheet, or null at the end. */
  private Row readRow() throws XMLStreamException {
    if (ended) {
      return null;
    }
    while (xml.hasNext()) {
      int e = xml.next();
      if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        notes = new ArrayList<>();
        String r = xml.getAttributeValue(null, "r");
        long number = lastRow + 1;
        if (r != null) {
          try {
            number = Long.parseLong(r.strip());
          } catch (NumberFormatException bad) {
            number = -1;
          }
          if (number <= lastRow || number > MAX_ROWS) {
            number = lastRow + 1;
            notes.add(
                Diagnostic.warning(
                        name,
                        number,
                        0,
                        null,
                        "the sheet numbers this row '"
                            + Shown.excerpt(r)
                            + "', which is not a row number after row "
                            + lastRow
                            + "; read as row "
                            + number)
                    .inSheet(sheet));
          }
        }
        lastRow = number;
        rowsStarted++;
        inRow = true;
        Row row = new Row(number, cells(), notes);
        inRow = false;
        return row;
      }
      if (e == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
        break;
      }
    }
    ended = true;
    return null;
  }

  private List<String> cells() throws XMLStreamException {
    List<String> cells = new ArrayList<>();
    int column = 0;
    String type = null;
    String style = null;
    StringBuilder value = new StringBuilder();
    StringBuilder inline = new StringBuilder();
    StringBuilder formula = new StringBuilder();
    long[] chars = new long[1]; // the characters of the cell's text, kept or not
    boolean inValue = false;
    boolean inInline = false;
    boolean inInlineText = false;
    boolean inFormula = false;
    boolean hasFormula = false;
    boolean hasValue = false;
    int phonetic = 0;
    while (xml.hasNext()) {
      int e = xml.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "c" -> {
            String ref = xml.getAttributeValue(null, "r");
            column = ref == null ? column + 1 : columnOf(ref, column + 1);
            type = xml.getAttributeValue(null, "t");
            style = xml.getAttributeValue(null, "s");
            value.setLength(0);
            inline.setLength(0);
            formula.setLength(0);
            chars[0] = 0;
            hasFormula = false;
            hasValue = false;
          }
          case "v" -> {
            inValue = true;
            hasValue = true;
          }
          case "f" -> {
            inFormula = true;
            hasFormula = true;
          }
          case "is" -> {
            inInline = true;
            hasValue = true;
          }
          case "rPh" -> phonetic++;
          case "t" -> inInlineText = inInline && phonetic == 0;
          default -> {}
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        switch (xml.getLocalName()) {
          case "c" -> {
            while (cells.size() < column) {
              cells.add("");
            }
            String text;
            if (hasFormula && (!hasValue || (value.length() == 0 && inline.length() == 0))) {
              text = "";
              note(
                  false,
                  column,
                  "a formula ("
                      + Shown.value("=" + formula)
                      + ") with no value saved: the program that wrote the workbook did not"
                      + " compute it (open and save the workbook in Excel or LibreOffice); read as"
                      + " empty");
            } else {
              text = text(type, style, value, inline, column, chars[0]);
            }
            cells.set(column - 1, text);
          }
          case "v" -> inValue = false;
          case "f" -> inFormula = false;
          case "is" -> inInline = false;
          case "rPh" -> phonetic--;
          case "t" -> inInlineText = false;
          case "row" -> {
            return cells;
          }
          default -> {}
        }
      } else if (e == XMLStreamConstants.CHARACTERS
          || e == XMLStreamConstants.CDATA
          || e == XMLStreamConstants.SPACE) {
        if (inValue) {
          append(value, xml.getText(), chars);
        } else if (inInlineText) {
          append(inline, xml.getText(), chars);
        } else if (inFormula && formula.length() < Shown.EXCERPT * 2) {
          formula.append(xml.getText());
        }
      }
    }
    return cells;
  }

  /** Appends text up to one character past the longest value kept, counting all of it. */
  private static void append(StringBuilder to, String text, long[] chars) {
    chars[0] += text.length();
    int room = CsvInput.MAX_VALUE_CHARS + 1 - to.length();
    if (room > 0) {
      to.append(text, 0, Math.min(room, text.length()));
    }
  }

  /** Notes a problem of the current row's cell in {@code column} (1-based). */
  private void note(boolean error, int column, String message) {
    String columnName =
        header != null
                && column >= 1
                && column <= header.size()
                && !header.get(column - 1).isEmpty()
            ? header.get(column - 1)
            : null;
    Diagnostic d =
        error
            ? Diagnostic.error(name, lastRow, column, columnName, message)
            : Diagnostic.warning(name, lastRow, column, columnName, message);
    notes.add(d.inSheet(sheet));
  }

  /** A cell reference's 1-based column ({@code C7} is 3), or {@code fallback} if unreadable. */
  private static int columnOf(String ref, int fallback) {
    int c = 0;
    int i = 0;
    for (; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        c = c * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        c = c * 26 + (ch - 'a' + 1);
      } else if (ch != '$') {
        break;
      }
    }
    return i == 0 || c == 0 || c > 16_384 ? fallback : c;
  }

  /** What a cell shows, from its type, style and stored value; its problems noted. */
  private String text(
      String type, String style, CharSequence value, CharSequence inline, int column, long chars) {
    String shown = withoutBidiControls(shown(type, style, value, inline, column), column);
    long length = Math.max(chars, shown.length());
    if (type != null && type.equals("s")) {
      length = shown.length();
    }
    if (length > CsvInput.MAX_VALUE_CHARS) {
      note(
          true,
          column,
          String.format(
              "the cell holds %,d characters, more than the %,d a value may hold; the row is not"
                  + " imported",
              length, CsvInput.MAX_VALUE_CHARS));
      return shown.substring(0, Math.min(shown.length(), CsvInput.MAX_VALUE_CHARS));
    }
    return shown;
  }

  /** Removes bidirectional overrides and isolates (as CSV reading does), with a warning. */
  private String withoutBidiControls(String v, int column) {
    int removed = 0;
    StringBuilder kept = null;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= 0x202A && Shown.bidiControl(c)) {
        if (kept == null) {
          kept = new StringBuilder(v.length()).append(v, 0, i);
        }
        removed++;
      } else if (kept != null) {
        kept.append(c);
      }
    }
    if (kept == null) {
      return v;
    }
    note(
        false,
        column,
        removed
            + " bidirectional control character(s) removed (they make printed text read in"
            + " another order than it is stored)");
    return kept.toString();
  }

  private String shown(
      String type, String style, CharSequence value, CharSequence inline, int column) {
    String v = value.toString();
    if (type == null || type.equals("n")) {
      if (v.isBlank()) {
        return "";
      }
      int format = format(style);
      if (format == CellFormats.DATE) {
        try {
          double serial = Double.parseDouble(v);
          LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904, true);
          if (t != null) {
            return XlsxText.dateTime(t, serial);
          }
        } catch (NumberFormatException e) {
          return v;
        }
      }
      try {
        return XlsxText.number(v, format >= CellFormats.PAD ? format - CellFormats.PAD : 0);
      } catch (RuntimeException e) {
        note(
            false,
            column,
            "a number cell holds " + Shown.value(v) + ", which is not a number; read as text");
        return v;
      }
    }
    switch (type) {
      case "s":
        int index;
        try {
          index = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
          index = -1;
        }
        String s = strings.get(index);
        if (s == null) {
          note(
              true,
              column,
              "the cell points to shared string "
                  + Shown.value(v.strip())
                  + ", and the workbook has "
                  + (strings.size() == 0
                      ? "no shared strings"
                      : "only " + String.format("%,d", strings.size()) + " (numbered from 0)")
                  + ": the workbook is damaged and this cell's text is lost; the row is not"
                  + " imported");
          return "";
        }
        return s;
      case "inlineStr":
        return XlsxText.decode(inline);
      case "str":
        return XlsxText.decode(v);
      case "b":
        return v.strip().equals("1") ? "TRUE" : v.strip().equals("0") ? "FALSE" : v;
      case "d":
        return isoDate(v.strip(), column);
      case "e":
        note(
            false,
            column,
            "the cell shows the spreadsheet error "
                + Shown.value(v.strip())
                + " (a formula the spreadsheet could not compute), not a value; read as empty");
        return "";
      default:
        note(
            false,
            column,
            "the cell's type " + Shown.value(type) + " is not one of Excel's; read as text");
        return v;
    }
  }

  /**
   * An ISO 8601 date or date-time cell ({@code t="d"}, Strict OOXML and some writers) as setsafe
   * shows dates: {@code 2024-03-12} or {@code 2024-03-12 14:30}; one that does not parse is noted
   * and read as it stands.
   */
  private String isoDate(String d, int column) {
    try {
      if (d.length() > 10 && (d.charAt(10) == 'T' || d.charAt(10) == 't')) {
        String local = d.replaceFirst("(Z|[+-]\\d\\d:\\d\\d)$", "");
        LocalDateTime t = LocalDateTime.parse(local.substring(0, 10) + "T" + local.substring(11));
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            ? t.toLocalDate().toString()
            : t.toLocalDate() + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
      }
      return java.time.LocalDate.parse(d).toString();
    } catch (java.time.format.DateTimeParseException | StringIndexOutOfBoundsException e) {
      note(
          false,
          column,
          "a date cell holds "
              + Shown.value(d)
              + ", which is not an ISO 8601 date (2024-03-12) or date-time (2024-03-12T14:30);"
              + " read as it stands");
      return d;
    }
  }

  /** How a cell's style shows numbers (see {@link CellFormats}). */
  private int format(String style) {
    if (style == null) {
      return CellFormats.PLAIN;
    }
    try {
      return formats.of(Integer.parseInt(style.strip()));
    } catch (NumberFormatException e) {
      return CellFormats.PLAIN;
    }
  }

  private static final Pattern MERGE =
      Pattern.compile(
          "<(?:[A-Za-z0-9_]+:)?mergeCell\\b[^>]*?\\bref=\"\\$?([A-Z]{1,3})\\$?([0-9]+):\\$?([A-Z]{1,3})\\$?([0-9]+)\"");

  /**
   * The merged ranges of the sheet ({@code <mergeCell ref="A1:C1"/>}, written after the rows).
   * Found by scanning the part's text rather than parsing it, which would cost as much again as
   * reading the rows.
   */
  private static List<Merge> merges(InputStream in) throws IOException {
    List<Merge> out = new ArrayList<>();
    byte[] buf = new byte[1 << 16];
    String carry = "";
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      String text = carry + new String(buf, 0, n, StandardCharsets.ISO_8859_1);
      int scanned = 0;
      if (text.indexOf("ergeCell") >= 0) {
        Matcher m = MERGE.matcher(text);
        while (m.find()) {
          out.add(
              new Merge(
                  Long.parseLong(m.group(2)),
                  columnOf(m.group(1) + "1", 0),
                  Long.parseLong(m.group(4)),
                  columnOf(m.group(3) + "1", 0)));
          scanned = m.end();
        }
      }
      // keep the tail, where a tag may continue into the next block
      int keep = Math.max(scanned, text.length() - 256);
      carry = text.substring(Math.max(0, keep));
    }
    return out;
  }

  /**
   * The header's names: each cell stripped; an empty cell inside a merged range takes the range's
   * text (from its top-left cell, which may be on a row above); where a range spans several columns
   * the later ones are numbered ({@code Follow-up (2)}) so that every column has its own name.
   */
  private static List<String> headerNames(Row head, List<Row> rows, List<Merge> merges) {
    List<String> names = new ArrayList<>();
    int width = head.cells().size();
    for (Merge m : merges) {
      if (m.covers(head.number(), m.firstColumn())) {
        width = Math.max(width, m.lastColumn());
      }
    }
    for (int c = 1; c <= width; c++) {
      String v = c <= head.cells().size() ? head.cells().get(c - 1).strip() : "";
      if (v.isEmpty()) {
        for (Merge m : merges) {
          if (m.covers(head.number(), c)) {
            String top = cell(rows, m.firstRow(), m.firstColumn());
            if (!top.isEmpty()) {
              v = c == m.firstColumn() ? top : top + " (" + (c - m.firstColumn() + 1) + ")";
            }
            break;
          }
        }
      }
      names.add(v);
    }
    int last = names.size();
    while (last > 0 && names.get(last - 1).isEmpty()) {
      last--;
    }
    return List.copyOf(names.subList(0, last));
  }

  private static String cell(List<Row> rows, long row, int column) {
    for (Row r : rows) {
      if (r.number() == row) {
        return column <= r.cells().size() ? r.cells().get(column - 1).strip() : "";
      }
    }
    return "";
  }

  /** A header cell merged across columns is often a group title over a second header row. */
  private void hintTwoRowHeader(Row head, List<Merge> merges) {
    for (Merge m : merges) {
      if (m.firstRow() == head.number()
          && m.lastRow() == head.number()
          && m.lastColumn() > m.firstColumn()) {
        sink.report(
            Diagnostic.warning(
                    name,
                    head.number(),
                    m.firstColumn(),
                    null,
                    "this header cell is merged across columns "
                        + Diagnostic.columnLetters(m.firstColumn())
                        + "-"
                        + Diagnostic.columnLetters(m.lastColumn())
                        + "; if the row below names those columns, read it as the header with"
                        + " --header-row "
                        + (head.number() + 1))
                .inSheet(sheet));
        return;
      }
    }
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing a reader of a read-only part cannot lose data
    }
    try {
      sheetData.close();
    } catch (IOException e) {
      // as above
    }
    strings.close();
    pkg.revert();
  }
}
