package org.setsafe.read;

/**
 * How values from the data appear in messages: quoted, at most {@link #EXCERPT} characters (a
 * longer value is cut and its length given), and every character that would not show, or would act
 * on a terminal, named by its code point ({@code <U+FEFF>}). A message never echoes more than a
 * short excerpt of a bad value, and never a control character.
 */
public final class Shown {
  /** The most characters of a value a message shows. */
  public static final int EXCERPT = 60;

  private Shown() {}

  /** {@code 'value'}, cut and with invisible characters named. */
  public static String value(String v) {
    return "'" + excerpt(v) + "'";
  }

  /** The value cut to {@link #EXCERPT} characters and with invisible characters named. */
  public static String excerpt(String v) {
    if (v.length() <= EXCERPT) {
      return visible(v);
    }
    int end = EXCERPT;
    if (Character.isHighSurrogate(v.charAt(end - 1))) {
      end--;
    }
    return visible(v.substring(0, end)) + String.format("... (%,d characters)", v.length());
  }

  /**
   * The text with every control, format or other invisible character (other than a plain space)
   * written as {@code <U+XXXX>}.
   */
  public static String visible(String s) {
    int i = 0;
    while (i < s.length() && !invisible(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (invisible(c)) {
        b.append(codePoint(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A message as it may be shown: every quoted value in it ({@code '...'}) cut to an excerpt, and
   * every invisible character named. Messages of setsafe's own hold neither, so only the data's
   * values change.
   */
  public static String message(String m) {
    boolean plain = true;
    for (int i = 0; i < m.length() && plain; i++) {
      plain = !invisible(m.charAt(i));
    }
    if (plain && m.length() <= 2 * EXCERPT + 200) {
      return m;
    }
    StringBuilder b = new StringBuilder(Math.min(m.length(), 1000));
    int i = 0;
    while (i < m.length()) {
      int open = m.indexOf('\'', i);
      int close = open < 0 ? -1 : m.indexOf('\'', open + 1);
      if (close < 0) {
        b.append(visible(m.substring(i)));
        break;
      }
      b.append(visible(m.substring(i, open)));
      b.append(value(m.substring(open + 1, close)));
      i = close + 1;
    }
    return b.toString();
  }

  /** {@code <U+001B>}. */
  public static String codePoint(int c) {
    return String.format("<U+%04X>", c);
  }

  /**
   * Whether a character does not show as itself: controls (tab and line breaks included), format
   * characters such as a byte-order mark or zero-width space, line and paragraph separators, spaces
   * other than U+0020, unpaired surrogates and unassigned code points.
   */
  /**
   * Whether {@code c} is a bidirectional embedding, override or isolate (U+202A-U+202E,
   * U+2066-U+2069): characters that make printed text show in another order than it is stored.
   */
  public static boolean bidiControl(char c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  static boolean invisible(char c) {
    if (c >= 0x20 && c < 0x7F) {
      return false;
    }
    if (c < 0x20 || c == 0x7F) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR,
          Character.UNASSIGNED,
          Character.PRIVATE_USE ->
          true;
      case Character.SURROGATE -> false; // pairs show as one character; see visible()
      default -> false;
    };
  }
}
