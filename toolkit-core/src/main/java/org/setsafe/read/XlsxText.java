package org.setsafe.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;

/** How a cell of a spreadsheet reads as text: what its author sees, in setsafe's formats. */
final class XlsxText {
  /** Excel shows and keeps 15 significant digits; the 16th and 17th are binary noise. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private XlsxText() {}

  /**
   * Undoes OOXML's escapes for characters XML cannot hold: {@code _x000D_} is a carriage return,
   * {@code _x005F_} an underscore.
   */
  static String decode(CharSequence text) {
    String s = text.toString();
    if (s.indexOf("_x") < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (i + 7 <= s.length()
          && s.charAt(i) == '_'
          && s.charAt(i + 1) == 'x'
          && s.charAt(i + 6) == '_'
          && hex(s, i + 2, i + 6)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 7;
      } else {
        b.append(s.charAt(i++));
      }
    }
    return b.toString();
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A number as Excel shows it in General format: whole numbers without a decimal point ({@code 2},
   * not {@code 2.0}), at most 15 significant digits, never in exponent notation. With {@code
   * zeroPad} above 0 (a format such as {@code 000}) a whole number is padded to that width.
   */
  static String number(String raw, int zeroPad) {
    BigDecimal d;
    try {
      d = new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      return raw.strip();
    }
    d = d.round(EXCEL_DIGITS).stripTrailingZeros();
    if (d.signum() == 0) {
      d = BigDecimal.ZERO;
    }
    String s = d.toPlainString();
    if (zeroPad > 0 && d.scale() <= 0 && d.signum() >= 0 && s.length() < zeroPad) {
      s = "0".repeat(zeroPad - s.length()) + s;
    }
    return s;
  }

  /**
   * A date-formatted cell: {@code 2026-03-02} for a date, {@code 07:40} for a time of day, {@code
   * 2026-03-02 07:40} for both (seconds only when there are some).
   */
  static String dateTime(LocalDateTime t, double serial) {
    String time =
        t.getSecond() == 0
            ? String.format("%02d:%02d", t.getHour(), t.getMinute())
            : String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    if (serial < 1) {
      return time;
    }
    String date = t.toLocalDate().toString();
    return t.toLocalTime().toSecondOfDay() == 0 ? date : date + " " + time;
  }
}
