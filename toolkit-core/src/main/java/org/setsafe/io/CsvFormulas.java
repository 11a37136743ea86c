package org.setsafe.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a spreadsheet from running the text of a CSV cell as a formula (OWASP's "CSV injection"): a
 * text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading {@code '}, which Excel, LibreOffice and Google Sheets show as text and do not
 * evaluate. Every CSV report setsafe writes for people ({@code --format csv}) passes its text cells
 * through {@link #escape(String)}; numbers and booleans that setsafe computes are written as they
 * are. The dataset's own files are not escaped: setsafe reads them back and they must round-trip.
 */
public final class CsvFormulas {
  private CsvFormulas() {}

  /** The characters a spreadsheet may take as the start of a formula. */
  static final String TRIGGERS = "=+-@\t\r";

  /**
   * {@code text} with a leading {@code '} when it begins with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return; otherwise {@code text} itself ({@code null} stays {@code
   * null}).
   */
  public static String escape(String text) {
    if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
      return text;
    }
    return "'" + text;
  }

  /**
   * One record's cells with every {@link CharSequence} cell {@linkplain #escape(String) escaped};
   * other values (numbers, booleans, dates, {@code null}) as they are.
   */
  public static List<Object> cells(Iterable<?> values) {
    List<Object> out = new ArrayList<>();
    for (Object v : values) {
      out.add(v instanceof CharSequence s ? escape(s.toString()) : v);
    }
    return out;
  }
}
