package org.setsafe.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.setsafe.io.InputSize;
import org.setsafe.io.Pipe;

/**
 * Streams the rows of one CSV file (RFC 4180) with the physical line each row starts on and the
 * row's text as it stood. setsafe reads CSV itself, so that every problem is located and worded by
 * setsafe, and so that nothing read is lost:
 *
 * <ul>
 *   <li>Separator: a comma, or the semicolon or tab of a header line that has no comma outside
 *       quotes (CSV as spreadsheets save it in many countries; tab-separated files).
 *   <li>Encoding: UTF-8 by default or the charset given; a byte-order mark decides (UTF-8, UTF-16
 *       big- or little-endian). Bytes that are not valid in the charset stop the file with an error
 *       that says where (never mojibake).
 *   <li>Blank lines and rows whose cells are all empty (spreadsheet exports) are skipped and
 *       counted.
 *   <li>A quote that is followed by other text (not a comma or the end of the line) makes its row
 *       an error naming the column and what was found; reading goes on with the next row.
 *   <li>Control characters (other than tab and line breaks) are removed from values, each row that
 *       had them getting a warning that names them by code point.
 *   <li>Limits: a value holds at most {@link #MAX_VALUE_CHARS} characters and a row's text at most
 *       {@link #MAX_ROW_CHARS}; a longer row is an error (its text kept up to the limit), a longer
 *       header stops the file.
 *   <li>When reading stops part-way (a quote that never closes, bytes not valid in the charset),
 *       the rest of the input is handed out line by line by {@link #nextUnread}, with its line
 *       numbers, for {@code rejects.csv}.
 * </ul>
 */
public final class CsvInput implements RowSource {
  /** The most characters one value may hold. A spreadsheet cell holds at most 32,767. */
  public static final int MAX_VALUE_CHARS = 1 << 20;

  /** The most characters of one row's text (and of the header row) setsafe keeps. */
  public static final int MAX_ROW_CHARS = 1 << 22;

  /** A row running on past this many characters without ending stops the reading. */
  static final long STOP_ROW_CHARS = 1L << 30;

  /** The most characters of unread input handed out after reading stopped. */
  static final long MAX_UNREAD_CHARS = 64L << 20;

  /** The name standard input goes by on the command line. */
  public static final Path STDIN = Path.of("-");

  private static final int BATCH = 512;
  private static final int BATCHES_AHEAD = 4;

  private final String name;
  private final DiagnosticSink sink;
  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private boolean bytesEnd;
  private boolean badBytes;

  /** The characters decoded; {@code buf[mark..lim)} is kept, {@code pos} is where scanning is. */
  private char[] buf = new char[1 << 16];

  private int pos;
  private int lim;
  private int mark;
  private int fieldStart;
  private boolean charsEnd;

  /** Where {@code buf[0]} is among all characters read, and where the current line began. */
  private long base;

  private long lineStartAt;
  private long line = 1;
  private boolean afterCr;

  /** The line the record being read starts on. */
  private long recordLine;

  /**
   * What separates values: a comma, or the semicolon or tab of a header that has no comma (see
   * {@link #sniffSeparator}).
   */
  private char sep = ',';

  private final List<String> fields = new ArrayList<>();
  private final List<Diagnostic> notes = new ArrayList<>(1);
  private final StringBuilder quoted = new StringBuilder();
  private String keptPrefix;

  private final List<String> header;
  private final long headerLine;
  private long blankRows;
  private boolean failed;

  /** What stopped the reading (reported when the caller reaches it); null while none did. */
  private Diagnostic stop;

  private boolean stopReported;

  /** Where the unread rest of the input starts (a line number); 0 when nothing is left unread. */
  private long unreadFrom;

  private long unreadChars;
  private boolean unreadDone;

  /** Set when a thread parses ahead; null when rows are parsed on the caller's thread. */
  private final ReadAhead ahead;

  private CsvInput(
      InputStream in,
      String name,
      Charset charset,
      DiagnosticSink sink,
      boolean readAhead,
      int headerRow)
      throws IOException {
    this.name = name;
    this.sink = sink;
    this.in = in;
    this.charset = byteOrderMark(charset);
    this.decoder =
        this.charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.sep = sniffSeparator(headerRow);
    RawRow first = read(true);
    while (first != null && (first.size() == 0 || first.line() < headerRow)) {
      first = read(true); // blank lines, and the lines above the header row (a title, notes)
    }
    Diagnostic headerError =
        first == null
            ? null
            : first.notes().stream().filter(Diagnostic::isError).findFirst().orElse(null);
    if (first == null || headerError != null) {
      this.header = List.of();
      this.headerLine = first == null ? 0 : first.line();
      if (headerError != null) {
        stop = headerError;
      }
      unreadFrom = 0;
    } else {
      for (Diagnostic d : first.notes()) {
        sink.report(d);
      }
      this.header = List.of(first.values());
      this.headerLine = first.line();
    }
    if (stop != null && header.isEmpty()) {
      failed = true;
      reportStop();
    }
    this.ahead = header.isEmpty() || stop != null || !readAhead ? null : new ReadAhead();
  }

  /**
   * Opens {@code path} ({@link #STDIN} for standard input); {@code name} is how diagnostics name
   * the file.
   *
   * @throws InputException when the file does not exist or cannot be opened
   */
  public static CsvInput open(Path path, String name, Charset charset, DiagnosticSink sink) {
    return open(path, name, charset, sink, InputSize.READ_AHEAD_FROM_BYTES, 0);
  }

  /**
   * Opens {@code path} with the header on line {@code headerRow} (1-based; 0 for the first
   * non-blank line): the lines above it (a title, notes) are skipped, not counted.
   */
  public static CsvInput open(
      Path path, String name, Charset charset, DiagnosticSink sink, int headerRow) {
    return open(path, name, charset, sink, InputSize.READ_AHEAD_FROM_BYTES, headerRow);
  }

  /**
   * Opens {@code path}, parsing on a second thread when the file has {@code readAheadFrom} bytes or
   * more.
   */
  static CsvInput open(
      Path path, String name, Charset charset, DiagnosticSink sink, long readAheadFrom) {
    return open(path, name, charset, sink, readAheadFrom, 0);
  }

  private static CsvInput open(
      Path path,
      String name,
      Charset charset,
      DiagnosticSink sink,
      long readAheadFrom,
      int headerRow) {
    InputStream stream = null;
    try {
      boolean large;
      if (path.equals(STDIN)) {
        stream = new KeptOpen(System.in);
        large = false;
      } else {
        stream = Files.newInputStream(path);
        large = Files.isRegularFile(path) && Files.size(path) >= readAheadFrom;
      }
      return new CsvInput(stream, name, charset, sink, large, headerRow);
    } catch (IOException e) {
      closeQuietly(stream);
      throw InputException.cannotRead(name, e);
    } catch (UncheckedIOException e) {
      closeQuietly(stream);
      throw InputException.cannotRead(name, e.getCause());
    } catch (RuntimeException | Error e) {
      closeQuietly(stream);
      throw e;
    }
  }

  /** Opens a stream (closed with the input); for tests and callers that have no file. */
  static CsvInput open(InputStream stream, String name, Charset charset, DiagnosticSink sink) {
    try {
      return new CsvInput(stream, name, charset, sink, false, 0);
    } catch (IOException e) {
      closeQuietly(stream);
      throw InputException.cannotRead(name, e);
    }
  }

  private static void closeQuietly(InputStream s) {
    if (s != null) {
      try {
        s.close();
      } catch (IOException ignored) {
        // the first failure is the one to report
      }
    }
  }

  /** Standard input, left open when the reading is closed. */
  private static final class KeptOpen extends FilterInputStream {
    KeptOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // not ours to close
    }
  }

  /**
   * The separator of the header line (line {@code headerRow}, or the first that is not blank): a
   * comma, unless that line has none outside quotes but has semicolons or tabs, as spreadsheets
   * write CSV in many countries ({@code id;title;date}) and as tab-separated files are. Looks at
   * the first block of the input only; what it reads stays for the reading.
   */
  private char sniffSeparator(int headerRow) throws IOException {
    while (lim < 1 << 15 && fill()) {
      // the first block: enough for a header line
    }
    long at = 1;
    int i = 0;
    while (i < lim) {
      int end = i;
      int commas = 0;
      int semicolons = 0;
      int tabs = 0;
      boolean inQuotes = false;
      boolean text = false;
      while (end < lim && (inQuotes || (buf[end] != '\n' && buf[end] != '\r'))) {
        char c = buf[end++];
        if (c == '"') {
          inQuotes = !inQuotes;
        } else if (!inQuotes && c == ',') {
          commas++;
        } else if (!inQuotes && c == ';') {
          semicolons++;
        } else if (!inQuotes && c == '\t') {
          tabs++;
        }
        text |= !Character.isWhitespace(c);
      }
      if (text && at >= headerRow) {
        if (commas > 0 || (semicolons == 0 && tabs == 0)) {
          return ',';
        }
        return tabs > semicolons ? '\t' : ';';
      }
      i = end + (end + 1 < lim && buf[end] == '\r' && buf[end + 1] == '\n' ? 2 : 1);
      at++;
    }
    return ',';
  }

  /**
   * The charset the input's byte-order mark names (skipping the mark), else {@code given}. A mark
   * is clear evidence: a UTF-16 file read as anything else would be garbled.
   */
  private Charset byteOrderMark(Charset given) throws IOException {
    fillBytes();
    int n = bytes.remaining();
    int b0 = n > 0 ? bytes.get(bytes.position()) & 0xFF : -1;
    int b1 = n > 1 ? bytes.get(bytes.position() + 1) & 0xFF : -1;
    int b2 = n > 2 ? bytes.get(bytes.position() + 2) & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      bytes.position(bytes.position() + 3);
      return StandardCharsets.UTF_8;
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      bytes.position(bytes.position() + 2);
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      bytes.position(bytes.position() + 2);
      return StandardCharsets.UTF_16LE;
    }
    return given;
  }

  /** The charset the file is read in (a byte-order mark may have decided it). */
  public Charset charset() {
    return charset;
  }

  @Override
  public String name() {
    return name;
  }

  /** Header names, stripped; empty when the file has no rows at all. */
  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long headerLine() {
    return headerLine;
  }

  /** Blank rows skipped so far. */
  @Override
  public long blankRows() {
    return blankRows;
  }

  /** Whether reading stopped early because the file could not be read further. */
  @Override
  public boolean failed() {
    return failed;
  }

  /**
   * The next non-blank row, or null at the end (or after a problem that stopped the reading, which
   * has then been reported to the sink).
   */
  @Override
  public RawRow next() {
    if (header.isEmpty() || stopReported) {
      return null;
    }
    RawRow r = ahead != null ? ahead.next() : read(false);
    if (r == null && stop != null) {
      failed = true;
      reportStop();
    }
    return r;
  }

  private void reportStop() {
    if (!stopReported) {
      stopReported = true;
      sink.report(stop);
    }
  }

  /** Parses on a second thread through the one {@link Pipe}, a few batches ahead of the caller. */
  private final class ReadAhead {
    private final Pipe.Source<RawRow> pipe;
    private boolean done;

    ReadAhead() {
      pipe =
          Pipe.from(
              "setsafe-csv-" + name,
              BATCH,
              BATCHES_AHEAD,
              out -> {
                for (RawRow r = read(false); r != null; r = read(false)) {
                  out.accept(r);
                }
              });
    }

    RawRow next() {
      if (done) {
        return null;
      }
      RawRow r;
      try {
        r = pipe.next();
      } catch (RuntimeException | Error e) {
        done = true;
        throw e;
      }
      if (r == null) {
        done = true; // the worker has ended: what it set (stop, blank rows) is visible now
      }
      return r;
    }
  }

  // ---- reading rows ----

  /**
   * The next non-blank row (or, for the header, the next row), or null at the end or when reading
   * stopped ({@link #stop} then says why).
   */
  private RawRow read(boolean forHeader) {
    while (true) {
      if (stop != null) {
        return null;
      }
      if (pos == lim && !fill()) {
        if (badBytes) {
          stopAtBadBytes(1);
        }
        return null;
      }
      mark = pos;
      long startLine = line;
      recordLine = line;
      afterCr = false;
      long startAt = base + pos;
      fields.clear();
      notes.clear();
      keptPrefix = null;
      if (!readRecord(startLine, startAt, forHeader) || stop != null) {
        return null;
      }
      int end = pos - recordTerminator;
      String raw = keptPrefix != null ? keptPrefix : new String(buf, mark, Math.max(0, end - mark));
      boolean blank = true;
      for (String f : fields) {
        if (!f.isEmpty()) {
          blank = false;
          break;
        }
      }
      if (blank && notes.isEmpty()) {
        if (header != null) {
          blankRows++;
          continue;
        }
        return new RawRow(startLine, new String[0], raw);
      }
      return new RawRow(startLine, fields.toArray(new String[0]), raw, notes);
    }
  }

  /** Characters of the line break that ended the last record (not part of its text). */
  private int recordTerminator;

  /**
   * Reads one record's fields from {@code pos}; true when it ended (a line break or the end of the
   * input), false when reading stopped inside it.
   */
  private boolean readRecord(long startLine, long startAt, boolean forHeader) {
    recordTerminator = 0;
    while (true) {
      int column = fields.size() + 1;
      fieldStart = pos;
      if (!ensure()) {
        if (badBytes) {
          stopAtBadBytes(column);
          return false;
        }
        fields.add("");
        return true;
      }
      String value;
      if (buf[pos] == '"') {
        value = quotedValue(startLine, startAt, column, forHeader);
        if (value == null) {
          return false;
        }
      } else {
        value = plainValue(startLine, startAt, column, forHeader);
        if (value == null) {
          return false;
        }
      }
      fields.add(value);
      if (!ensure()) {
        return true; // the value readers stop at bad bytes themselves
      }
      char c = buf[pos];
      if (c == sep) {
        pos++;
        continue;
      }
      // a line break (the value readers stop only at a comma or a line break)
      pos++;
      recordTerminator = 1;
      newLine(c);
      if (c == '\r' && ensure() && buf[pos] == '\n') {
        pos++;
        recordTerminator = 2;
        afterCr = false;
        lineStartAt = base + pos;
      }
      return true;
    }
  }

  /** Counts a line break ({@code \n}, {@code \r}, or {@code \r\n} as one) at {@code pos - 1}. */
  private void newLine(char c) {
    if (c == '\n' && afterCr) {
      afterCr = false;
      lineStartAt = base + pos;
      return;
    }
    line++;
    afterCr = c == '\r';
    lineStartAt = base + pos;
  }

  /** A value without quotes, up to a comma or a line break; null when reading stopped. */
  private String plainValue(long startLine, long startAt, int column, boolean forHeader) {
    boolean control = false;
    while (true) {
      while (pos < lim) {
        char c = buf[pos];
        if (c == sep || c == '\n' || c == '\r') {
          return finishPlain(fieldStart, pos, control, startLine, column);
        }
        if (c < ' ' || (c >= 0x7F && c < 0xA0) || (c >= 0x202A && Shown.bidiControl(c))) {
          control = true;
        }
        pos++;
      }
      if (!room(startLine, startAt, column, forHeader)) {
        return null;
      }
      if (!fill()) {
        if (badBytes) {
          stopAtBadBytes(column);
          return null;
        }
        return finishPlain(fieldStart, pos, control, startLine, column);
      }
    }
  }

  private String finishPlain(int from, int to, boolean control, long startLine, int column) {
    if (keptPrefix != null && from < mark) {
      return ""; // the start of the value was not kept; the row is an error already
    }
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(buf[s])) {
      s++;
    }
    while (e > s && Character.isWhitespace(buf[e - 1])) {
      e--;
    }
    if (e - s > MAX_VALUE_CHARS) {
      tooLong(startLine, column, e - s);
      return "";
    }
    String v = new String(buf, s, e - s);
    return control ? withoutControls(v, startLine, column) : v;
  }

  /** A quoted value, its doubled quotes undone; null when reading stopped. */
  private String quotedValue(long startLine, long startAt, int column, boolean forHeader) {
    long openLine = line;
    pos++; // the opening quote
    quoted.setLength(0);
    boolean control = false;
    int run = pos;
    while (true) {
      while (pos < lim) {
        char c = buf[pos];
        if (c == '"') {
          break;
        }
        if (c == '\n' || c == '\r') {
          pos++;
          newLine(c);
          continue;
        }
        afterCr = false;
        if (c < ' ' || (c >= 0x7F && c < 0xA0) || (c >= 0x202A && Shown.bidiControl(c))) {
          control = true;
        }
        pos++;
      }
      if (pos < lim) {
        // a quote: doubled, or the end of the value
        append(run, pos);
        if (!ensureNext()) {
          if (badBytes) {
            stopAtBadBytes(column);
            return null;
          }
          pos++;
          break;
        }
        if (buf[pos + 1] == '"') {
          quoted.append('"');
          pos += 2;
          run = pos;
          continue;
        }
        pos++;
        break;
      }
      append(run, pos);
      if (quoted.length() > MAX_VALUE_CHARS) {
        stop(
            openLine,
            column,
            "a quoted value opened here runs on past "
                + String.format("%,d", MAX_VALUE_CHARS)
                + " characters: a closing \" is probably missing");
        return null;
      }
      if (!room(startLine, startAt, column, forHeader)) {
        return null;
      }
      run = pos;
      if (!fill()) {
        if (badBytes) {
          stopAtBadBytes(column);
        } else {
          stop(
              openLine,
              column,
              "a quoted value opened here is never closed (a missing \"); rows from this line on could"
                  + " not be read");
        }
        return null;
      }
      run = pos;
    }
    String value = quoted.toString();
    // after the closing quote: a comma, a line break or the end, else text that does not belong
    if (ensure() && buf[pos] != sep && buf[pos] != '\n' && buf[pos] != '\r') {
      fieldStart = pos;
      String after = plainValue(startLine, startAt, column, forHeader);
      if (after == null) {
        return null;
      }
      notes.add(
          Diagnostic.error(
              name,
              startLine,
              column,
              columnName(column),
              "after the closing quote of this value comes "
                  + Shown.value(after)
                  + " where a comma or the end of the line should be (a \" inside a quoted value"
                  + " is written twice: \"\")"));
      value = value + after;
    } else if (!ensure() && badBytes) {
      stopAtBadBytes(column);
      return null;
    }
    // stripped as a plain value is: a quoted " Props " or a lone line break is no different
    value = value.strip();
    if (value.length() > MAX_VALUE_CHARS) {
      tooLong(startLine, column, value.length());
      return "";
    }
    return control ? withoutControls(value, startLine, column) : value;
  }

  private void append(int from, int to) {
    if (to > from && quoted.length() <= MAX_VALUE_CHARS) {
      quoted.append(buf, from, to - from);
    }
  }

  private void tooLong(long startLine, int column, long chars) {
    notes.add(
        Diagnostic.error(
            name,
            startLine,
            column,
            columnName(column),
            String.format(
                "a value of %,d characters; setsafe reads values of at most %,d (a spreadsheet"
                    + " cell holds %,d)",
                chars, MAX_VALUE_CHARS, 32_767)));
  }

  /**
   * Before the buffer grows for the current row: false (reading stopped) when a header row or any
   * row runs on without end; a data row longer than {@link #MAX_ROW_CHARS} becomes an error whose
   * text is kept up to the limit.
   */
  private boolean room(long startLine, long startAt, int column, boolean forHeader) {
    long length = base + pos - startAt;
    if (length >= STOP_ROW_CHARS || (forHeader && length >= MAX_ROW_CHARS)) {
      stop(
          startLine,
          0,
          forHeader
              ? String.format(
                  "the first row runs on past %,d characters without ending: this does not look"
                      + " like a CSV file with a header row",
                  MAX_ROW_CHARS)
              : String.format(
                  "the row starting here runs on past %,d characters without ending; reading"
                      + " stopped",
                  STOP_ROW_CHARS));
      return false;
    }
    if (keptPrefix == null && pos - mark >= MAX_ROW_CHARS) {
      keptPrefix = new String(buf, mark, MAX_ROW_CHARS);
      notes.add(
          Diagnostic.error(
              name,
              startLine,
              0,
              null,
              String.format(
                  "the row is longer than %,d characters (rejects.csv keeps that much of it)",
                  MAX_ROW_CHARS)));
    }
    if (keptPrefix != null) {
      // nothing more of the row is kept: drop what was scanned, keeping the current value's
      // start only while it is short
      int keepFrom = pos - fieldStart <= MAX_VALUE_CHARS ? fieldStart : pos;
      mark = Math.min(keepFrom, pos);
    }
    return true;
  }

  /**
   * Removes control characters other than tab and line breaks, and the bidirectional overrides and
   * isolates that make printed text read in another order than it is stored, with a warning naming
   * them.
   */
  private String withoutControls(String v, long startLine, int column) {
    StringBuilder kept = new StringBuilder(v.length());
    StringBuilder names = new StringBuilder();
    int removed = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if ((c < ' ' && c != '\t' && c != '\n' && c != '\r')
          || (c >= 0x7F && c < 0xA0)
          || Shown.bidiControl(c)) {
        removed++;
        String cp = Shown.codePoint(c);
        if (names.indexOf(cp) < 0 && names.length() < 80) {
          names.append(names.length() == 0 ? "" : ", ").append(cp);
        }
      } else {
        kept.append(c);
      }
    }
    if (removed == 0) {
      return v;
    }
    notes.add(
        Diagnostic.warning(
            name,
            startLine,
            column,
            columnName(column),
            removed
                + " control character(s) removed ("
                + names
                + ")"
                + (names.indexOf("<U+0000>") >= 0 && header == null
                    ? "; NUL characters in a header suggest UTF-16 without a byte-order mark:"
                        + " try --encoding UTF-16LE"
                    : "")));
    return kept.toString();
  }

  private String columnName(int column) {
    return header != null && column >= 1 && column <= header.size() ? header.get(column - 1) : null;
  }

  private void stop(long atLine, int column, String message) {
    if (stop == null) {
      stop = Diagnostic.error(name, atLine, column, columnName(column), message);
      unreadFrom = recordLine;
      pos = mark; // the unread rest starts with this row
    }
  }

  private void stopAtBadBytes(int column) {
    long at = base + lim - lineStartAt + 1;
    long l = line;
    if (stop == null) {
      stop =
          Diagnostic.error(
              name,
              l,
              column,
              columnName(column),
              "bytes that are not valid "
                  + charset.name()
                  + " at character "
                  + at
                  + " of this line; nothing from here on was read"
                  + (charset.equals(StandardCharsets.UTF_8)
                      ? " (if the file comes from Excel on Windows, try --encoding windows-1252)"
                      : ""));
      unreadFrom = pos > mark || !fields.isEmpty() ? recordLine : line;
      pos = mark;
    }
  }

  // ---- the unread rest ----

  @Override
  public RawRow nextUnread() {
    if (stop == null || unreadFrom == 0 || unreadDone || header.isEmpty()) {
      return null;
    }
    if (ahead != null && !ahead.done) {
      return null; // the caller has not reached the stop yet
    }
    if (badBytes) {
      // the rest is shown as far as it decodes, invalid bytes as U+FFFD
      decoder.onMalformedInput(CodingErrorAction.REPLACE);
      decoder.onUnmappableCharacter(CodingErrorAction.REPLACE);
      badBytes = false;
      charsEnd = false;
    }
    mark = pos;
    if (!ensure()) {
      unreadDone = true;
      return null;
    }
    long at = unreadFrom;
    if (unreadChars >= MAX_UNREAD_CHARS) {
      unreadDone = true;
      return unread(
          at,
          "",
          "not read, and not kept: the unread rest of the file passes "
              + String.format("%,d", MAX_UNREAD_CHARS)
              + " characters");
    }
    boolean cut = false;
    while (true) {
      while (pos < lim && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      if (pos < lim) {
        break;
      }
      if (pos - mark >= MAX_VALUE_CHARS) {
        cut = true;
        break;
      }
      if (!fill()) {
        break;
      }
    }
    String text = new String(buf, mark, pos - mark);
    unreadChars += text.length();
    if (cut) {
      // skip the rest of an over-long line
      while (true) {
        while (pos < lim && buf[pos] != '\n' && buf[pos] != '\r') {
          pos++;
        }
        mark = pos;
        if (pos < lim || !fill()) {
          break;
        }
      }
    }
    if (ensure()) {
      char c = buf[pos++];
      if (c == '\r' && ensure() && buf[pos] == '\n') {
        pos++;
      }
    }
    unreadFrom++;
    return unread(
        at,
        text,
        "not read: "
            + stopSummary()
            + (cut
                ? String.format(
                    "; this line is longer than %,d characters and kept only so far",
                    MAX_VALUE_CHARS)
                : ""));
  }

  private RawRow unread(long at, String text, String reason) {
    return new RawRow(
        at, new String[0], text, List.of(Diagnostic.error(name, at, 0, null, reason)));
  }

  private String stopSummary() {
    String m = stop.message();
    int semicolon = m.indexOf(';');
    return "reading stopped at line "
        + stop.line()
        + (stop.column() > 0
            ? ", column "
                + stop.column()
                + (stop.columnName() == null ? "" : " (" + stop.columnName() + ")")
            : "")
        + ": "
        + (semicolon > 0 ? m.substring(0, semicolon) : m);
  }

  // ---- characters ----

  /** Whether a character is at {@code pos}, filling the buffer if need be. */
  private boolean ensure() {
    return pos < lim || fill();
  }

  /** Whether a character is just after {@code pos}, filling if need be. */
  private boolean ensureNext() {
    return pos + 1 < lim || fill();
  }

  /** Makes more characters available after {@code lim}, keeping {@code buf[mark..lim)}. */
  private boolean fill() {
    if (charsEnd || badBytes) {
      return false;
    }
    if (mark > 0) {
      int shift = mark;
      System.arraycopy(buf, shift, buf, 0, lim - shift);
      base += shift;
      pos -= shift;
      lim -= shift;
      fieldStart -= shift;
      mark = 0;
    }
    if (lim == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      while (true) {
        CharBuffer out = CharBuffer.wrap(buf, lim, buf.length - lim);
        CoderResult r = decoder.decode(bytes, out, bytesEnd);
        int n = out.position() - lim;
        if (r.isError()) {
          lim += n;
          badBytes = true;
          return n > 0; // the characters before the bad bytes are still read
        }
        if (n > 0) {
          lim += n;
          return true;
        }
        if (r.isOverflow()) {
          return false; // cannot happen: there was room
        }
        if (bytesEnd) {
          CoderResult f = decoder.flush(out);
          n = out.position() - lim;
          lim += n;
          if (f.isError()) {
            badBytes = true;
          }
          charsEnd = n == 0;
          return n > 0;
        }
        fillBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read further", e);
    }
  }

  private void fillBytes() throws IOException {
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        bytesEnd = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } finally {
      bytes.flip();
    }
  }

  @Override
  public void close() {
    if (ahead != null) {
      ahead.pipe.close();
    }
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + name, e);
    }
  }
}
