package org.setsafe.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that may be known only to the month or the year ({@code 2009-01}, {@code 2015}),
 * as sources often give it. Ordered by its first possible day.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    InvalidValueException.check(
        year >= 1800 && year <= 2200,
        "date",
        "year " + year + " is out of range (setsafe takes years 1800 to 2200)");
    InvalidValueException.check(month != null || day == null, "date", "a day needs a month");
    if (month != null) {
      InvalidValueException.check(
          month >= 1 && month <= 12, "date", "month " + month + " does not exist");
    }
    if (day != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new InvalidValueException(
            "date", String.format("%04d-%02d-%02d is not a real date", year, month, day));
      }
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}.
   *
   * @throws InvalidValueException for anything else, or a date that does not exist
   */
  public static PartialDate parse(String text) {
    String t = text.strip();
    int n = t.length();
    // the common shapes without a regex: ingest parses one date per row
    if (n == 10
        && digits(t, 0, 4)
        && t.charAt(4) == '-'
        && digits(t, 5, 7)
        && t.charAt(7) == '-'
        && digits(t, 8, 10)) {
      return new PartialDate(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10));
    }
    return parseWithPattern(text);
  }

  /**
   * {@link #parse} by the regular expression alone: the definition the fast path of {@code parse}
   * must agree with (a property test holds them to it).
   */
  static PartialDate parseWithPattern(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidValueException(
          "date",
          "'"
              + text
              + "' is not a date (expected yyyy-MM-dd, or yyyy-MM / yyyy when only that is known)");
    }
    return new PartialDate(
        Integer.parseInt(m.group(1)),
        m.group(2) == null ? null : Integer.valueOf(m.group(2)),
        m.group(3) == null ? null : Integer.valueOf(m.group(3)));
  }

  private static boolean digits(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (t.charAt(i) - '0');
    }
    return v;
  }

  public boolean isComplete() {
    return day != null;
  }

  /** The first day this date may stand for. */
  public LocalDate firstDay() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day this date may stand for. */
  public LocalDate lastDay() {
    if (month == null) {
      return LocalDate.of(year, 12, 31);
    }
    LocalDate first = LocalDate.of(year, month, 1);
    return day == null ? first.withDayOfMonth(first.lengthOfMonth()) : first.withDayOfMonth(day);
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = firstDay().compareTo(other.firstDay());
    if (c != 0) {
      return c;
    }
    return Integer.compare(precision(), other.precision());
  }

  private int precision() {
    return day != null ? 3 : month != null ? 2 : 1;
  }

  @Override
  public String toString() {
    // by hand, not String.format: writing a large dataset formats one date per incident
    StringBuilder b = new StringBuilder(10);
    pad(b, year, 4);
    if (month != null) {
      pad(b.append('-'), month, 2);
      if (day != null) {
        pad(b.append('-'), day, 2);
      }
    }
    return b.toString();
  }

  private static void pad(StringBuilder b, int value, int width) {
    String v = Integer.toString(value);
    for (int i = v.length(); i < width; i++) {
      b.append('0');
    }
    b.append(v);
  }
}
