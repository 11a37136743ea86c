package org.setsafe.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.setsafe.model.Coded;
import org.setsafe.model.InvalidValueException;
import org.setsafe.model.PartialDate;

/**
 * Reads typed fields from one row, collecting every problem in the row (not only the first) as a
 * diagnostic that names file, line, column and what was expected.
 */
final class RowContext {
  private final String file;
  private final long line;
  private final Layout layout;
  private final String[] values;
  private final DateTimeFormatter dateFormat;
  private final List<Diagnostic> problems = new ArrayList<>(2);

  RowContext(String file, long line, Layout layout, String[] values, DateTimeFormatter dateFormat) {
    this.file = file;
    this.line = line;
    this.layout = layout;
    this.values = values;
    this.dateFormat = dateFormat;
  }

  /** The stripped value, or null when the field is absent or empty. */
  String text(String field) {
    int i = layout.index(field);
    if (i < 0 || i >= values.length) {
      return null;
    }
    String v = values[i];
    return v == null || v.isEmpty() ? null : v;
  }

  String required(String field) {
    String v = text(field);
    if (v == null) {
      error(field, "a value is required here");
    }
    return v;
  }

  <E extends Enum<E> & Coded> E code(Class<E> type, String field, String what, boolean required) {
    String v = required ? required(field) : text(field);
    if (v == null) {
      return null;
    }
    E e = Coded.find(type, v);
    if (e == null) {
      error(field, "unknown " + what + " '" + v + "'; expected one of: " + Coded.codes(type));
    }
    return e;
  }

  PartialDate date(String field, boolean required) {
    String v = required ? required(field) : text(field);
    if (v == null) {
      return null;
    }
    try {
      if (dateFormat != null) {
        try {
          return PartialDate.of(LocalDate.parse(v, dateFormat));
        } catch (DateTimeParseException e) {
          // fall through: ISO dates are always accepted as well
        }
      }
      return PartialDate.parse(v);
    } catch (InvalidValueException e) {
      error(
          field,
          dateFormat != null && !looksIso(v)
              ? "'" + v + "' is not a real date in the format the input declares"
              : e.getMessage());
      return null;
    }
  }

  /**
   * A time of day: {@code 14:05}, {@code 9:30}, {@code 14:05:30}, or with AM/PM ({@code 2:05 pm}).
   */
  LocalTime time(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    for (DateTimeFormatter f : TIMES) {
      try {
        return LocalTime.parse(v, f);
      } catch (DateTimeParseException e) {
        // try the next pattern
      }
    }
    error(field, "'" + v + "' is not a time of day (expected HH:mm, such as 14:05 or 9:30)");
    return null;
  }

  private static final List<DateTimeFormatter> TIMES =
      List.of(
          DateTimeFormatter.ofPattern("H:mm"),
          DateTimeFormatter.ofPattern("H:mm:ss"),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("h:mm[:ss][ ]a")
              .toFormatter(Locale.ROOT));

  private static boolean looksIso(String v) {
    return v.length() >= 4 && Character.isDigit(v.charAt(0)) && v.indexOf('/') < 0;
  }

  /** A whole number >= 0; {@code 1.00} reads as 1 (exports often write counts that way). */
  Integer count(String field, boolean required) {
    String v = required ? required(field) : text(field);
    if (v == null) {
      return null;
    }
    if (v.length() <= 9 && plainDigits(v)) {
      return Integer.parseInt(v);
    }
    try {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() < 0) {
        error(field, "'" + v + "' is negative; a count must be 0 or more");
        return null;
      }
      return d.intValueExact();
    } catch (NumberFormatException e) {
      error(field, "'" + v + "' is not a number (expected a whole number such as 0, 1, 2)");
    } catch (ArithmeticException e) {
      error(field, "'" + v + "' is not a whole number");
    }
    return null;
  }

  private static boolean plainDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A money amount: digits with an optional decimal point; thousands separators and $ tolerated.
   */
  BigDecimal money(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    String clean = v.replace(",", "").replace("$", "").strip();
    try {
      BigDecimal d = new BigDecimal(clean);
      if (d.signum() < 0) {
        error(field, "'" + v + "' is negative");
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      error(
          field,
          "'" + v + "' is not an amount (expected a plain number such as 100000 or 289562.63)");
      return null;
    }
  }

  void error(String field, String message) {
    problems.add(Diagnostic.error(file, line, layout.column(field), layout.header(field), message));
  }

  void errorAt(int column, String header, String message) {
    problems.add(Diagnostic.error(file, line, column, header, message));
  }

  void warningAt(int column, String header, String message) {
    problems.add(Diagnostic.warning(file, line, column, header, message));
  }

  /** Takes over the problems found in another reading of the same row (its actions). */
  void addAll(List<Diagnostic> more) {
    problems.addAll(more);
  }

  void warning(String field, String message) {
    problems.add(
        Diagnostic.warning(file, line, layout.column(field), layout.header(field), message));
  }

  /** Records a value rejected by a domain constructor. */
  void invalid(InvalidValueException e) {
    error(e.field(), e.getMessage());
  }

  /** Whether the input has a column for {@code field} at all (as opposed to an empty value). */
  boolean hasColumn(String field) {
    return layout.has(field);
  }

  boolean hasErrors() {
    for (Diagnostic d : problems) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }

  List<Diagnostic> problems() {
    return problems;
  }

  long line() {
    return line;
  }
}
