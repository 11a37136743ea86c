package org.setsafe.report.book;

/**
 * Makes text fit a spreadsheet cell: removes characters XML 1.0 cannot carry (control characters
 * other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) and cuts text
 * over Excel's 32,767 characters per cell with a visible marker.
 */
public final class CellText {
  /** Excel's limit on the characters in one cell. */
  static final int MAX_CHARS = 32_767;

  private CellText() {}

  /** Whether {@code s} holds a character that is not allowed in XML 1.0. */
  static boolean hasIllegal(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return true;
        }
      } else if (c >= 0xD800) {
        if (c >= 0xFFFE) {
          return true;
        }
        if (Character.isHighSurrogate(c)) {
          if (i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
            return true;
          }
          i++;
        } else if (Character.isLowSurrogate(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The characters of {@code s} that XML 1.0 allows, in order; {@code removed[0]} counts the rest.
   */
  static String removeIllegal(String s, long[] removed) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      boolean ok;
      if (c < 0x20) {
        ok = c == '\t' || c == '\n' || c == '\r';
      } else if (c < 0xD800) {
        ok = true;
      } else if (c >= 0xFFFE) {
        ok = false;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          b.append(c).append(s.charAt(++i));
          continue;
        }
        ok = false;
      } else {
        ok = !Character.isLowSurrogate(c);
      }
      if (ok) {
        b.append(c);
      } else {
        removed[0]++;
      }
    }
    return b.toString();
  }

  /** The marker that ends text cut at the cell limit. */
  public static String marker(int originalLength) {
    return " [... cut: the text had "
        + String.format("%,d", originalLength)
        + " characters, more than a cell holds; see Data quality]";
  }

  /**
   * {@code s} cut so that it and the marker fit in {@link #MAX_CHARS}; never splits a surrogate
   * pair.
   */
  static String cut(String s) {
    String m = marker(s.length());
    int keep = MAX_CHARS - m.length();
    if (Character.isHighSurrogate(s.charAt(keep - 1))) {
      keep--;
    }
    return s.substring(0, keep) + m;
  }
}
