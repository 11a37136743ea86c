package org.setsafe.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * A mapping template: text with {@code {Header}} placeholders, each replaced by that column's
 * value, and {@code {#row}} ({@link #ROW}), replaced by the row's number. Braces must pair up; a
 * placeholder names one column.
 */
public final class Template {
  /**
   * The placeholder of the row itself: the row's line in a CSV file, its row number in a sheet.
   * {@code "templates": {"id": "ROW-{#row}"}} gives a log without an incident number a stable id:
   * no two rows of one log share it, and it stays while rows are only added at the end.
   */
  public static final String ROW = "#row";

  private Template() {}

  /** Why {@code text} is not a well-formed template, or null when it is. */
  static String problem(String text) {
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        if (open >= 0) {
          return "a '{' at character " + (i + 1) + " opens inside another placeholder";
        }
        open = i;
      } else if (c == '}') {
        if (open < 0) {
          return "a '}' at character " + (i + 1) + " closes no placeholder";
        }
        if (text.substring(open + 1, i).isBlank()) {
          return "an empty placeholder '{}' at character " + (open + 1) + "; name a column";
        }
        open = -1;
      }
    }
    if (open >= 0) {
      return "the placeholder opened at character "
          + (open + 1)
          + " is never closed (a missing '}')";
    }
    if (placeholders(text).isEmpty()) {
      return "names no column; a template is text with {Header} placeholders (a fixed value is a"
          + " constant)";
    }
    return null;
  }

  /** The headers a well-formed template names, in order. */
  public static List<String> placeholders(String text) {
    List<String> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        open = i;
      } else if (c == '}' && open >= 0) {
        out.add(text.substring(open + 1, i).strip());
        open = -1;
      }
    }
    return out;
  }

  /**
   * Fills a well-formed template; {@code values} gives each placeholder's value. Empty when every
   * placeholder is empty.
   */
  public static String fill(String text, List<String> values) {
    StringBuilder out = new StringBuilder();
    boolean any = false;
    int k = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        open = i;
      } else if (c == '}' && open >= 0) {
        String v = values.get(k++);
        any |= !v.isEmpty();
        out.append(v);
        open = -1;
      } else if (open < 0) {
        out.append(c);
      }
    }
    return any ? out.toString().strip() : "";
  }
}
