package org.setsafe.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a sheet's XML as text, found without parsing it: after the XML broke, the rest of the
 * sheet is still counted row by row and each row's XML kept (up to {@link #MAX_EXCERPT} characters)
 * for {@code rejects.csv}. A row is what lies from one {@code <row} tag to the next, or to the end
 * of {@code <sheetData>}.
 */
final class XlsxRawRows implements AutoCloseable {
  /** The most characters of one row's XML kept. */
  static final int MAX_EXCERPT = 2_000;

  /** The most bytes looked at ahead for a row's end; a longer row is kept cut. */
  private static final int LOOK_AHEAD = 1 << 16;

  private static final Pattern ROW_START = Pattern.compile("<(?:[A-Za-z0-9_]+:)?row[\\s>/]");
  private static final Pattern SHEET_END = Pattern.compile("</(?:[A-Za-z0-9_]+:)?sheetData\\s*>");
  private static final Pattern NUMBER = Pattern.compile("\\br\\s*=\\s*\"([^\"]*)\"");

  /** One row's XML and the number its {@code r} attribute gives (0 when it gives none). */
  record Excerpt(long number, String xml) {}

  private final InputStream in;
  private final StringBuilder buf = new StringBuilder(); // bytes as ISO-8859-1 characters
  private final byte[] chunk = new byte[1 << 15];
  private boolean eof;
  private boolean ended;
  private long skip;

  /** The rows of {@code sheet}, the first {@code skip} passed over. */
  XlsxRawRows(InputStream sheet, long skip) {
    this.in = sheet;
    this.skip = skip;
  }

  /** The next row, or null at the end of the sheet's rows. */
  Excerpt next() throws IOException {
    while (!ended) {
      Matcher start = ROW_START.matcher(buf);
      if (!start.find()) {
        if (endOfRows(0)) {
          ended = true;
          return null;
        }
        keepTail(64);
        if (!more()) {
          ended = true;
          return null;
        }
        continue;
      }
      int s = start.start();
      int e = endOf(s);
      while (e < 0 && buf.length() - s < LOOK_AHEAD && more()) {
        e = endOf(s);
      }
      int to = e < 0 ? buf.length() : e;
      String bytes = buf.substring(s, Math.min(to, s + MAX_EXCERPT * 4));
      buf.delete(0, to);
      if (e < 0) {
        dropUntilNextRow();
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      String xml = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      if (xml.length() > MAX_EXCERPT || e < 0) {
        xml = xml.substring(0, Math.min(xml.length(), MAX_EXCERPT)) + " [cut]";
      }
      return new Excerpt(number(xml), xml.strip());
    }
    return null;
  }

  /**
   * Where the row starting at {@code s} ends (the next row, or the end of the rows); -1 if unseen.
   */
  private int endOf(int s) {
    Matcher next = ROW_START.matcher(buf);
    int e = next.find(s + 1) ? next.start() : -1;
    Matcher end = SHEET_END.matcher(buf);
    if (end.find(s + 1) && (e < 0 || end.start() < e)) {
      e = end.start();
    }
    return e;
  }

  private boolean endOfRows(int from) {
    return SHEET_END.matcher(buf).find(from);
  }

  private void dropUntilNextRow() throws IOException {
    while (true) {
      Matcher m = ROW_START.matcher(buf);
      if (m.find()) {
        buf.delete(0, m.start());
        return;
      }
      if (endOfRows(0)) {
        return;
      }
      keepTail(64);
      if (!more()) {
        return;
      }
    }
  }

  private void keepTail(int n) {
    if (buf.length() > n) {
      buf.delete(0, buf.length() - n);
    }
  }

  private boolean more() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(chunk);
    if (n < 0) {
      eof = true;
      return false;
    }
    for (int i = 0; i < n; i++) {
      buf.append((char) (chunk[i] & 0xff));
    }
    return true;
  }

  private static long number(String xml) {
    int close = xml.indexOf('>');
    Matcher m = NUMBER.matcher(close < 0 ? xml : xml.substring(0, close));
    if (m.find()) {
      try {
        return Long.parseLong(m.group(1).strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
