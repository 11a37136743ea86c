package org.setsafe.cli.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plain-text helpers for terminal output: wrapping and padding. */
public final class Text {
  private Text() {}

  /**
   * Wraps {@code text} at word boundaries to lines of at most {@code width} characters. A longer
   * word is cut across lines, except a web address, which gets a line of its own whole (so that it
   * can be copied and opened).
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      lines.add("");
      return lines;
    }
    for (String paragraph : text.split("\n", -1)) {
      int before = lines.size();
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" +")) {
        if (word.length() > width && word.contains("://")) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word);
          continue;
        }
        while (word.length() > width) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, width));
          word = word.substring(width);
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      if (line.length() > 0 || lines.size() == before) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /**
   * A path as the user should read it: relative to the current folder when it lies inside it
   * ({@code reports/setsafe-report.xlsx}), else as it is.
   */
  public static String path(Path p) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = p.toAbsolutePath().normalize();
    return absolute.startsWith(here) && !absolute.equals(here)
        ? here.relativize(absolute).toString()
        : p.toString();
  }

  /** Wraps and indents every line by {@code indent} spaces. */
  public static String block(String text, int width, int indent) {
    String pad = " ".repeat(indent);
    StringBuilder b = new StringBuilder();
    for (String l : wrap(text, Math.max(20, width - indent))) {
      b.append(pad).append(l).append('\n');
    }
    return b.toString();
  }

  public static String pad(String s, int width) {
    if (s.length() >= width) {
      return s;
    }
    return s + " ".repeat(width - s.length());
  }

  public static String padLeft(String s, int width) {
    if (s.length() >= width) {
      return s;
    }
    return " ".repeat(width - s.length()) + s;
  }

  /** Cuts {@code s} to {@code width} characters, ending with an ellipsis when cut. */
  public static String cut(String s, int width) {
    if (s == null) {
      return "";
    }
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
  }
}
