package org.setsafe.report.book;

/**
 * How wide text is in a cell and how many lines it wraps onto, from Arial's character widths (the
 * report's font; Liberation Sans, which LibreOffice uses for it, has the same widths). Column
 * widths count the width of the digit "0"; text is drawn a little wider than the width counts it
 * (Excel measures a digit as 7 pixels at 96 dpi and draws it 7.4 wide) and a cell keeps a margin,
 * so a column {@code w} wide holds {@link #capacity(int)} digit widths of text. One place decides
 * it: the widths the report sets, the row heights it computes, and the test that checks them.
 */
public final class TextFit {
  /**
   * Share of a column's width (past its margin) that text can fill: a little under what LibreOffice
   * and Excel fit, so that a row is never made too low for its text.
   */
  static final double FILL = 0.96;

  /**
   * How much wider bold Arial is than regular, at the most for words of lower-case letters (its
   * digits are as wide; its letters up to a tenth wider).
   */
  static final double BOLD = 1.1;

  /** Width of the cell's margins, in characters. */
  static final double PAD = 0.6;

  /** Arial advance widths in thousandths of an em for ASCII 32 to 126. */
  private static final short[] ARIAL = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space - /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 - ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ - O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P - _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` - o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p - ~
  };

  private static final double DIGIT = 556;

  private TextFit() {}

  /** The width of {@code c} in thousandths of an em. */
  static int advance(int c) {
    if (c >= 32 && c <= 126) {
      return ARIAL[c - 32];
    }
    if (c >= 0x2E80) {
      return 1000; // CJK and other wide scripts
    }
    if (c == 0x2014 || c == 0x2026) {
      return 1000; // em dash, ellipsis
    }
    return 600;
  }

  /** The width of {@code s} (one line) in digit widths. */
  public static double units(CharSequence s) {
    long w = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      w += advance(s.charAt(i));
    }
    return w / DIGIT;
  }

  /** The column width (in characters) that shows a line {@code units} digit widths long. */
  static int widthFor(double units) {
    return (int) Math.ceil(units / FILL + PAD);
  }

  /** Digit widths of text one line of a column {@code width} characters wide holds. */
  static double capacity(int width) {
    return Math.max(1, (width - PAD) * FILL);
  }

  /** The widest word of {@code s} in digit widths (words split at spaces and line breaks). */
  static double longestWord(String s) {
    return widestRun(s, true);
  }

  /** The widest line of {@code s} in digit widths (lines split at line breaks). */
  static double widest(String s) {
    return widestRun(s, false);
  }

  /** The widest run of {@code s} between line breaks (and spaces, when {@code words}). */
  private static double widestRun(String s, boolean words) {
    long best = 0;
    long run = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || (words && c == ' ')) {
        best = Math.max(best, run);
        run = 0;
      } else {
        run += advance(c);
      }
    }
    return Math.max(best, run) / DIGIT;
  }

  /**
   * The lines bold {@code s} takes in a column {@code width} characters wide that keeps {@code
   * extra} digit widths free: measured as regular text in a line {@link #BOLD} times shorter.
   */
  static int boldLines(String s, int width, double extra) {
    return linesIn(s, Math.max(1, (capacity(width) - extra) / BOLD));
  }

  /**
   * The lines {@code s} takes in a column {@code width} characters wide: words wrap at spaces, as a
   * spreadsheet wraps them, a word longer than a line breaks anywhere, line breaks are kept.
   */
  public static int lines(String s, int width) {
    return linesIn(s, capacity(width));
  }

  /** The lines {@code s} takes where a line holds {@code capacity} digit widths. */
  private static int linesIn(String s, double capacity) {
    double cap = capacity * DIGIT;
    int lines = 1;
    double line = 0;
    double word = 0;
    for (int i = 0, n = s.length(); i <= n; i++) {
      char ch = i == n ? '\n' : s.charAt(i);
      if (ch != ' ' && ch != '\n' && ch != '\r') {
        word += advance(ch);
        continue;
      }
      if (line > 0 && line + word > cap) {
        lines++;
        line = word;
      } else {
        line += word;
      }
      while (line > cap) {
        lines++;
        line -= cap;
      }
      word = 0;
      if (ch == ' ') {
        line += advance(' ');
      } else if (ch == '\n' && i < n) {
        lines++;
        line = 0;
      }
    }
    return lines;
  }
}
