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
  private long blankRows;
  private long pendingBlank;
  private long lastRow;
  private boolean failed;
  private boolean ended;

  /** One row as the sheet holds it. */
  private record Row(long number, List<String> cells) {
    boolean blank() {
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
  }

  private XlsxInput(Path path, String name, String sheetName, int headerRow, DiagnosticSink sink)
      throws IOException, OpenXML4JException, XMLStreamException {
    this.name = name;
    this.sink = sink;
    this.pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
    SharedStrings shared = null;
    InputStream data = null;
    List<Merge> merges;
    try {
      XSSFReader reader = new XSSFReader(pkg);
      WorkbookInfo wb = WorkbookInfo.read(reader.getWorkbookData());
      WorkbookInfo.Sheet chosen = wb.choose(sheetName, name);
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
      above.add(head);
      this.header = headerNames(head, above, merges);
      this.headerLine = head.number();
      hintTwoRowHeader(head, merges);
    }
  }

  private static SharedStrings readStrings(InputStream sst) throws IOException, XMLStreamException {
    try (InputStream in = sst) {
      return SharedStrings.read(in);
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
    } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
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

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
    } catch (XMLStreamException e) {
      failed = true;
      sink.report(
          Diagnostic.error(
                  name,
                  lastRow + 1,
                  0,
                  null,
                  "the sheet's XML is damaged here ("
                      + firstLine(e)
                      + "); rows from this one on could not be read")
              .inSheet(sheet));
      return null;
    }
    while (r != null && r.blank()) {
      pendingBlank++;
      try {
        r = readRow();
      } catch (XMLStreamException e) {
        failed = true;
        sink.report(
            Diagnostic.error(name, lastRow + 1, 0, null, "the sheet's XML is damaged here")
                .inSheet(sheet));
        return null;
      }
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
    for (int i = 0; i < values.length; i++) {
      values[i] = i < cells.size() ? cells.get(i).strip() : "";
    }
    return new RawRow(r.number(), values, raw(cells));
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

  /** Reads the next {@code <row>} of the sheet, or null at the end. */
  private Row readRow() throws XMLStreamException {
    if (ended) {
      return null;
    }
    while (xml.hasNext()) {
      int e = xml.next();
      if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        String r = xml.getAttributeValue(null, "r");
        long number = r == null ? lastRow + 1 : Long.parseLong(r.strip());
        lastRow = number;
        return new Row(number, cells());
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
    boolean inValue = false;
    boolean inInline = false;
    boolean inInlineText = false;
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
          }
          case "v" -> inValue = true;
          case "is" -> inInline = true;
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
            cells.set(column - 1, text(type, style, value, inline));
          }
          case "v" -> inValue = false;
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
          value.append(xml.getText());
        } else if (inInlineText) {
          inline.append(xml.getText());
        }
      }
    }
    return cells;
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

  /** What a cell shows, from its type, style and stored value. */
  private String text(String type, String style, CharSequence value, CharSequence inline) {
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
      return XlsxText.number(v, format >= CellFormats.PAD ? format - CellFormats.PAD : 0);
    }
    switch (type) {
      case "s":
        try {
          String s = strings.get(Integer.parseInt(v.strip()));
          return s == null ? "" : s;
        } catch (NumberFormatException e) {
          return "";
        }
      case "inlineStr":
        return XlsxText.decode(inline);
      case "str":
        return XlsxText.decode(v);
      case "b":
        return v.strip().equals("1") ? "TRUE" : v.strip().equals("0") ? "FALSE" : v;
      case "d":
        // an ISO 8601 date or date-time (strict OOXML)
        String d = v.strip();
        return d.length() > 10 && d.charAt(10) == 'T'
            ? (d.endsWith("T00:00:00") ? d.substring(0, 10) : d.substring(0, 16).replace('T', ' '))
            : d;
      default:
        // "e": an error value such as #N/A, shown as it is
        return v;
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
