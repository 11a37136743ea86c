package org.setsafe.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A README output block against a command's real output. A block may leave parts out:
 *
 * <ul>
 *   <li>a line that is exactly {@value #ANY_LINES} stands for any number of lines (none included);
 *   <li>{@value #ANY_TEXT} inside a line stands for any text on that line (a time, a size).
 * </ul>
 *
 * Trailing spaces never count. {@link #normalize} gives the real output with the same parts left
 * out where the block still matches: it equals the block exactly when the output matches, and it is
 * what the README's update mode writes, so a refreshed block keeps its elisions.
 */
final class ElidedOutput {
  static final String ANY_LINES = "...";
  static final String ANY_TEXT = "[..]";

  /** How far the end of a section may move when the output gained or lost a few lines there. */
  private static final int SLACK = 6;

  private ElidedOutput() {}

  /** Whether {@code actual} matches the block {@code expected}. */
  static boolean matches(List<String> expected, List<String> actual) {
    return normalize(expected, actual)
        .equals(expected.stream().map(String::stripTrailing).toList());
  }

  /** Whether {@code line} matches {@code pattern} (literal text and {@value #ANY_TEXT}). */
  static boolean lineMatches(String pattern, String line) {
    String p = pattern.stripTrailing();
    String s = line.stripTrailing();
    if (!p.contains(ANY_TEXT)) {
      return p.equals(s);
    }
    String[] parts = p.split(java.util.regex.Pattern.quote(ANY_TEXT), -1);
    if (!s.startsWith(parts[0])) {
      return false;
    }
    int at = parts[0].length();
    for (int i = 1; i < parts.length - 1; i++) {
      int found = s.indexOf(parts[i], at);
      if (found < 0) {
        return false;
      }
      at = found + parts[i].length();
    }
    String last = parts[parts.length - 1];
    return s.length() - at >= last.length() && s.endsWith(last);
  }

  /**
   * The actual lines, with the parts {@code expected} leaves out left out the same way. The block
   * is cut into sections at its {@value #ANY_LINES} lines; the first section is matched at the
   * start of the output, the last (unless the block ends with {@value #ANY_LINES}) at its end, and
   * each one between at the place where most of its lines match.
   */
  static List<String> normalize(List<String> expected, List<String> actual) {
    List<String> a = actual.stream().map(String::stripTrailing).toList();
    List<List<String>> sections = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : expected) {
      if (line.strip().equals(ANY_LINES)) {
        sections.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line.stripTrailing());
      }
    }
    sections.add(current);

    List<String> out = new ArrayList<>();
    if (sections.size() == 1) {
      take(sections.get(0), a, 0, a.size(), out);
      return out;
    }
    int cursor = 0;
    for (int k = 0; k < sections.size(); k++) {
      List<String> s = sections.get(k);
      boolean first = k == 0;
      boolean last = k == sections.size() - 1;
      if (!first) {
        out.add(ANY_LINES);
      }
      if (s.isEmpty()) {
        continue;
      }
      int start;
      int length;
      if (last) {
        start = Math.max(cursor, a.size() - s.size());
        length = a.size() - start;
      } else {
        start = first ? 0 : bestStart(s, a, cursor);
        length = extent(s, a, start);
      }
      take(s, a, start, Math.min(a.size(), start + length), out);
      cursor = Math.min(a.size(), start + length);
    }
    return out;
  }

  /** Appends {@code a[from, to)}, writing a section's pattern line where it matches the line. */
  private static void take(
      List<String> section, List<String> a, int from, int to, List<String> out) {
    for (int i = from; i < to; i++) {
      int j = i - from;
      String pattern = j < section.size() ? section.get(j) : null;
      out.add(pattern != null && lineMatches(pattern, a.get(i)) ? pattern : a.get(i));
    }
  }

  /** The place at or after {@code cursor} where most lines of {@code s} match (the first such). */
  private static int bestStart(List<String> s, List<String> a, int cursor) {
    int best = cursor;
    int bestCount = 0;
    for (int p = cursor; p < a.size(); p++) {
      int count = 0;
      for (int i = 0; i < s.size() && p + i < a.size(); i++) {
        if (lineMatches(s.get(i), a.get(p + i))) {
          count++;
        }
      }
      if (count > bestCount) {
        best = p;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * How many lines from {@code start} the section covers: its length, or a little more or less when
   * its last line matches there (a paragraph that now wraps to one more line).
   */
  private static int extent(List<String> s, List<String> a, int start) {
    int m = s.size();
    String end = s.get(m - 1);
    if (start + m - 1 < a.size() && lineMatches(end, a.get(start + m - 1))) {
      return m;
    }
    for (int d = 1; d <= SLACK; d++) {
      if (start + m - 1 + d < a.size() && lineMatches(end, a.get(start + m - 1 + d))) {
        return m + d;
      }
      if (m - 1 - d >= 0
          && start + m - 1 - d < a.size()
          && lineMatches(end, a.get(start + m - 1 - d))) {
        return m - d;
      }
    }
    return m;
  }
}
