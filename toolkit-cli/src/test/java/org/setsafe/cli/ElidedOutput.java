package org.setsafe.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A README output block against a command's real output. A block may leave parts out, and says so:
 *
 * <ul>
 *   <li>a line that is exactly {@value #ANY_LINES} stands for any number of lines (none included);
 *   <li>{@value #ANY_TEXT} inside a line stands for any text on that line (a time, a size).
 * </ul>
 *
 * The {@value #ANY_LINES} lines cut a block into excerpts. The first excerpt is the start of the
 * output (unless the block starts with {@value #ANY_LINES}), the last one its end (unless the block
 * ends with {@value #ANY_LINES}), and the ones between appear in that order, each on consecutive
 * lines. Trailing spaces never count.
 *
 * <p>{@link #update} gives the block the README's update mode writes: the real output with the same
 * parts left out. An excerpt that still matches stays where it matches; one whose lines changed is
 * found again by an anchor, a line of it that still appears exactly once in the rest of the output
 * (else once apart from its numbers, for a count that changed), and rewritten there from the real
 * output (the first excerpt is rewritten from the start of the output, the last from its end). A
 * middle excerpt with no such line is not guessed at: {@link #update} throws {@link Unplaced},
 * naming it, and the block has to be edited by hand.
 */
final class ElidedOutput {
  static final String ANY_LINES = "...";
  static final String ANY_TEXT = "[..]";

  /**
   * How far the end of a rewritten excerpt may move when the output gained or lost a few lines
   * there (a paragraph that now wraps to one more line).
   */
  private static final int SLACK = 6;

  /** An excerpt of a block that the real output no longer shows in a place that can be told. */
  static final class Unplaced extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unplaced(String message) {
      super(message);
    }
  }

  private ElidedOutput() {}

  /** Whether {@code actual} matches the block {@code expected}. */
  static boolean matches(List<String> expected, List<String> actual) {
    List<List<String>> x = excerpts(expected);
    List<String> a = stripped(actual);
    if (x.size() == 1) {
      return x.get(0).size() == a.size() && matchesAt(x.get(0), a, 0);
    }
    List<String> head = x.get(0);
    List<String> tail = x.get(x.size() - 1);
    int end = a.size() - tail.size();
    if (end < head.size() || !matchesAt(head, a, 0) || !matchesAt(tail, a, end)) {
      return false;
    }
    // the excerpts between are found leftmost first: with lines of fixed count, a match exists
    // exactly when the leftmost placements fit
    int cursor = head.size();
    for (List<String> s : x.subList(1, x.size() - 1)) {
      int at = find(s, a, cursor, end);
      if (at < 0) {
        return false;
      }
      cursor = at + s.size();
    }
    return true;
  }

  /**
   * The block to write for {@code actual}: {@code expected} itself (trailing spaces aside) when it
   * matches, else the real output with the parts {@code expected} leaves out left out the same way
   * (see the class comment). The result always matches {@code actual}.
   *
   * @throws Unplaced when an excerpt has neither a match nor an anchor in the output
   */
  static List<String> update(List<String> expected, List<String> actual) {
    List<String> a = stripped(actual);
    if (matches(expected, actual)) {
      return stripped(expected);
    }
    List<List<String>> x = excerpts(expected);
    if (x.size() == 1) {
      return a;
    }
    List<String> out = new ArrayList<>();
    int cursor = 0;
    for (int k = 0; k < x.size(); k++) {
      List<String> s = x.get(k);
      boolean first = k == 0;
      boolean last = k == x.size() - 1;
      if (!first) {
        out.add(ANY_LINES);
      }
      if (s.isEmpty()) {
        continue;
      }
      int start;
      int end;
      if (first) {
        start = 0;
        end = matchesAt(s, a, 0) ? s.size() : extent(s, a, 0, 0, a.size());
      } else if (last) {
        start = lastStart(s, a, cursor);
        end = a.size();
      } else {
        start = find(s, a, cursor, a.size());
        if (start >= 0) {
          end = start + s.size();
        } else {
          start = anchoredStart(s, a, cursor);
          end = extent(s, a, start, cursor, a.size());
        }
      }
      for (int i = start; i < end; i++) {
        int j = i - start;
        String pattern = j < s.size() ? s.get(j) : null;
        out.add(pattern != null && lineMatches(pattern, a.get(i)) ? pattern : a.get(i));
      }
      cursor = end;
    }
    if (!matches(out, a)) {
      throw new IllegalStateException("the rewritten block does not match the output: " + out);
    }
    return out;
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

  /** Whether {@code line} is a line that stands for any lines. */
  static boolean isElision(String line) {
    return line.strip().equals(ANY_LINES);
  }

  private static List<String> stripped(List<String> lines) {
    return lines.stream().map(String::stripTrailing).toList();
  }

  /**
   * The excerpts of a block: its lines cut at the {@value #ANY_LINES} lines (some may be empty).
   */
  private static List<List<String>> excerpts(List<String> block) {
    List<List<String>> excerpts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : block) {
      if (isElision(line)) {
        excerpts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line.stripTrailing());
      }
    }
    excerpts.add(current);
    return excerpts;
  }

  private static boolean matchesAt(List<String> s, List<String> a, int at) {
    if (at < 0 || at + s.size() > a.size()) {
      return false;
    }
    for (int i = 0; i < s.size(); i++) {
      if (!lineMatches(s.get(i), a.get(at + i))) {
        return false;
      }
    }
    return true;
  }

  /** The first place in {@code [from, to)} where all of {@code s} matches, or -1. */
  private static int find(List<String> s, List<String> a, int from, int to) {
    for (int p = from; p + s.size() <= to; p++) {
      if (matchesAt(s, a, p)) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Where the last excerpt starts: it ends the output, so where it still matches there, else at its
   * anchor, else as many lines before the end as it has.
   */
  private static int lastStart(List<String> s, List<String> a, int cursor) {
    int atEnd = Math.max(cursor, a.size() - s.size());
    if (matchesAt(s, a, a.size() - s.size()) && a.size() - s.size() >= cursor) {
      return atEnd;
    }
    try {
      return anchoredStart(s, a, cursor);
    } catch (Unplaced u) {
      return atEnd;
    }
  }

  /**
   * Where an excerpt whose lines changed starts now: at its anchor, its first line that is not
   * blank and matches exactly one line of the output at or after {@code cursor} (an excerpt's blank
   * or repeated lines tell nothing about where it went); failing that, its first such line that
   * equals exactly one line of the output apart from the numbers in it (a count that changed:
   * "Sources (13)" is now "Sources (34)"). The lines before the anchor are kept in number.
   */
  private static int anchoredStart(List<String> s, List<String> a, int cursor) {
    for (boolean figuresAside : new boolean[] {false, true}) {
      for (int j = 0; j < s.size(); j++) {
        String line = s.get(j);
        if (line.isBlank()) {
          continue;
        }
        int found = -1;
        int count = 0;
        for (int i = cursor; i < a.size(); i++) {
          boolean same =
              figuresAside
                  ? withoutFigures(line).equals(withoutFigures(a.get(i)))
                  : lineMatches(line, a.get(i));
          if (same) {
            found = i;
            count++;
          }
        }
        if (count == 1 && found - j >= cursor) {
          return found - j;
        }
      }
    }
    throw new Unplaced(
        "the excerpt starting \""
            + s.get(0)
            + "\" is no longer in the output, and none of its lines appears once in what"
            + " follows: edit this block by hand");
  }

  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("\\d[\\d,.]*");

  /** A line with each number in it (digits, thousands commas, a decimal point) made {@code #}. */
  static String withoutFigures(String line) {
    return FIGURE.matcher(line.stripTrailing()).replaceAll("#");
  }

  /**
   * Where an excerpt placed at {@code start} ends: after as many lines as it has, or a few more or
   * fewer when its last line matches there (a paragraph that now wraps to one more line); never
   * before {@code min} and never past {@code max}.
   */
  private static int extent(List<String> s, List<String> a, int start, int min, int max) {
    int m = s.size();
    String end = s.get(m - 1);
    if (start + m <= max && lineMatches(end, a.get(start + m - 1))) {
      return start + m;
    }
    for (int d = 1; d <= SLACK; d++) {
      if (start + m + d <= max && lineMatches(end, a.get(start + m - 1 + d))) {
        return start + m + d;
      }
      if (m - d >= 1 && start + m - d >= min && lineMatches(end, a.get(start + m - 1 - d))) {
        return start + m - d;
      }
    }
    return Math.max(min, Math.min(max, start + m));
  }
}
