package org.setsafe.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of one CSV file (RFC 4180; UTF-8 with or without BOM, or another charset),
 * with the physical line each record starts on. Blank lines and rows whose cells are all empty
 * (spreadsheet exports) are skipped and counted. Bytes that are not valid in the charset, and an
 * unterminated quoted field, end the file with one diagnostic that says where; the reader never
 * produces mojibake.
 */
public final class CsvInput implements RowSource {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();
  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

  /**
   * Files from this size on are parsed on a second thread, a few hundred rows ahead of the caller,
   * so that parsing and what the caller does with the rows (validating, writing) run on two cores.
   */
  static final long READ_AHEAD_FROM_BYTES = 4L << 20;

  private static final int BATCH = 512;
  private static final int BATCHES_AHEAD = 4;

  private final Path path;
  private final String name;
  private final Charset charset;
  private final DiagnosticSink sink;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private final long headerLine;
  private long blankRows;
  private boolean failed;

  /** Set when a thread parses ahead; null when rows are parsed on the caller's thread. */
  private final ReadAhead ahead;

  private CsvInput(
      Path path,
      String name,
      Charset charset,
      DiagnosticSink sink,
      long readAheadFrom,
      int headerRow)
      throws IOException {
    this.path = path;
    this.name = name;
    this.charset = charset;
    this.sink = sink;
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    if (charset.equals(StandardCharsets.UTF_8)) {
      skipUtf8Bom(in);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.parser = FORMAT.parse(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
    this.records = parser.iterator();
    RawRow first = next();
    while (first != null && (first.size() == 0 || first.line() < headerRow)) {
      first = next();
    }
    if (first == null) {
      this.header = List.of();
      this.headerLine = 0;
    } else {
      List<String> h = new ArrayList<>(first.size());
      for (String v : first.values()) {
        h.add(v);
      }
      this.header = List.copyOf(h);
      this.headerLine = first.line();
    }
    this.ahead =
        header.isEmpty() || failed || Files.size(path) < readAheadFrom ? null : new ReadAhead();
  }

  /**
   * Opens {@code path}; {@code name} is how diagnostics name the file.
   *
   * @throws InputException when the file does not exist or cannot be opened
   */
  public static CsvInput open(Path path, String name, Charset charset, DiagnosticSink sink) {
    return open(path, name, charset, sink, READ_AHEAD_FROM_BYTES, 0);
  }

  /**
   * Opens {@code path} with the header on line {@code headerRow} (1-based; 0 for the first
   * non-blank line): the lines above it (a title, notes) are skipped, not counted.
   */
  public static CsvInput open(
      Path path, String name, Charset charset, DiagnosticSink sink, int headerRow) {
    return open(path, name, charset, sink, READ_AHEAD_FROM_BYTES, headerRow);
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
    try {
      return new CsvInput(path, name, charset, sink, readAheadFrom, headerRow);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static void skipUtf8Bom(InputStream in) throws IOException {
    in.mark(3);
    byte[] b = in.readNBytes(3);
    if (!(b.length == 3
        && (b[0] & 0xFF) == 0xEF
        && (b[1] & 0xFF) == 0xBB
        && (b[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
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
   * The next non-blank record, or null at the end (or after a fatal read problem, which has then
   * been reported to the sink).
   */
  @Override
  public RawRow next() {
    if (failed) {
      return null;
    }
    if (ahead != null) {
      return ahead.next();
    }
    Read r = read();
    if (r.failure != null) {
      fail(r.start, r.failure, r.parserLine);
      return null;
    }
    return r.row;
  }

  /** One step of reading: a row, the end (all null), or a failure with where it happened. */
  private record Read(RawRow row, UncheckedIOException failure, long start, long parserLine) {
    static final Read END = new Read(null, null, 0, 0);
  }

  /** Reads the next non-blank record on the current thread; never reports. */
  private Read read() {
    while (true) {
      long start = parser.getCurrentLineNumber() + 1;
      CSVRecord r;
      try {
        if (!records.hasNext()) {
          return Read.END;
        }
        r = records.next();
      } catch (UncheckedIOException e) {
        return new Read(null, e, start, parser.getCurrentLineNumber());
      }
      int n = r.size();
      String[] values = new String[n];
      boolean blank = true;
      for (int i = 0; i < n; i++) {
        String v = r.get(i).strip();
        values[i] = v;
        blank &= v.isEmpty();
      }
      if (blank && header != null) {
        blankRows++;
        continue;
      }
      return new Read(new RawRow(start, blank ? new String[0] : values), null, start, 0);
    }
  }

  /**
   * Parses on a second thread, a few batches ahead of the caller, through the one {@link Pipe}; a
   * failure of that thread reaches the caller at its next row.
   */
  private final class ReadAhead {
    private final Pipe.Source<Read> pipe;

    /** Blank rows the reading thread skipped; handed over with the last row. */
    private volatile long blanks;

    private boolean done;

    ReadAhead() {
      pipe =
          Pipe.from(
              "setsafe-csv-" + name,
              BATCH,
              BATCHES_AHEAD,
              out -> {
                Read r;
                do {
                  r = read();
                  if (r.row == null) {
                    blanks = blankRows;
                  }
                  out.accept(r);
                } while (r.row != null);
              });
    }

    RawRow next() {
      if (done) {
        return null;
      }
      Read r;
      try {
        r = pipe.next();
      } catch (RuntimeException | Error e) {
        done = true;
        throw e;
      }
      if (r == null || r.row == null) {
        done = true;
        blankRows = blanks;
        if (r != null && r.failure != null) {
          fail(r.start, r.failure, r.parserLine);
        }
        return null;
      }
      return r.row;
    }

    void stop() {
      pipe.close();
    }
  }

  private void fail(long start, UncheckedIOException e, long parserLine) {
    failed = true;
    Throwable cause = e.getCause();
    while (cause != null
        && !(cause instanceof CharacterCodingException)
        && cause.getCause() != null
        && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof CharacterCodingException) {
      long[] at = locateBadBytes(Math.max(start, parserLine));
      sink.report(
          Diagnostic.error(
              name,
              at[0],
              0,
              null,
              "bytes that are not valid "
                  + charset.name()
                  + " at character "
                  + at[1]
                  + " of this line;"
                  + " nothing from here on was read"
                  + (charset.equals(StandardCharsets.UTF_8)
                      ? " (if the file comes from Excel on Windows, try --encoding windows-1252)"
                      : "")));
      return;
    }
    String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    Matcher m = START_LINE.matcher(message == null ? "" : message);
    long line = m.find() ? Long.parseLong(m.group(1)) : start;
    if (message != null && message.contains("EOF reached before encapsulated token finished")) {
      int column = unterminatedColumn(line);
      String columnName = column > 0 && column <= header.size() ? header.get(column - 1) : null;
      sink.report(
          Diagnostic.error(
              name,
              line,
              column,
              columnName,
              "a quoted value opened here is never closed (a missing \"); rows from this line on could not be read"));
    } else {
      sink.report(
          Diagnostic.error(
              name,
              line,
              0,
              null,
              "malformed CSV: "
                  + (message == null ? e.toString() : message.replaceAll("^\\(.*?\\)\\s*", ""))
                  + "; rows from this line on could not be read"));
    }
  }

  /** Line and character (1-based) of the first bytes that do not decode in the charset. */
  private long[] locateBadBytes(long fallbackLine) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    long line = 1;
    long column = 1;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      if (charset.equals(StandardCharsets.UTF_8)) {
        skipUtf8Bom(in);
      }
      java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
      java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
      boolean eof = false;
      while (!eof) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        eof = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        java.nio.charset.CoderResult result = decoder.decode(bytes, chars, eof);
        chars.flip();
        while (chars.hasRemaining()) {
          if (chars.get() == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        chars.clear();
        if (result.isError()) {
          return new long[] {line, column};
        }
        bytes.compact();
      }
    } catch (IOException e) {
      // fall through: the location is unknown
    }
    return new long[] {Math.max(1, fallbackLine), 0};
  }

  /** Finds which field of the record starting at {@code line} opens the quote that never closes. */
  private int unterminatedColumn(long line) {
    try (BufferedReader r = Files.newBufferedReader(path, charset)) {
      String text = null;
      for (long i = 1; i <= line; i++) {
        text = r.readLine();
        if (text == null) {
          return 0;
        }
      }
      if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      int field = 1;
      int openedAt = 0;
      boolean quoted = false;
      boolean atFieldStart = true;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              i++;
            } else {
              quoted = false;
            }
          }
        } else if (c == ',') {
          field++;
          atFieldStart = true;
          continue;
        } else if (c == '"' && atFieldStart) {
          quoted = true;
          openedAt = field;
        }
        atFieldStart = false;
      }
      return quoted ? openedAt : 0;
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    if (ahead != null) {
      ahead.stop();
    }
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + name, e);
    }
  }
}
