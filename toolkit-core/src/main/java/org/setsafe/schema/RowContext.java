package org.setsafe.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.setsafe.model.Coded;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.InvalidValueException;
import org.setsafe.model.PartialDate;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.FileStats;
import org.setsafe.read.IngestListener;
import org.setsafe.read.RawRow;

/**
 * Reads typed fields from one row, collecting every problem in the row (not only the first) as a
 * diagnostic that names file, line, column and what was expected.
 */
public final class RowContext {
  private final String file;
  private final long line;
  private final Layout layout;
  private final String[] values;
  private final DateTimeFormatter dateFormat;
  private final LocalDate today;
  private final List<Diagnostic> problems = new ArrayList<>(2);
  private ValueWords words;

  /** The problem index of the value error told in the input's words, by column. */
  private Map<Integer, Integer> toldAt;

  /**
   * How a value that cannot be read is told in the words of where it came from: a log's column and
   * the mapping that translates it (see {@link #words(ValueWords)}).
   */
  @FunctionalInterface
  public interface ValueWords {
    /**
     * The message for {@code field}'s value, which cannot be read, in the input's own words; null
     * to keep setsafe's message.
     *
     * @param expected setsafe's values for the field (codes, comma-separated), or null when the
     *     field is not a code
     */
    Told explain(String field, String expected);
  }

  /**
   * A value error in the input's own words.
   *
   * @param what what is wrong, e.g. {@code 'Yes' in column "Injured?" is not one of the values the
   *     mapping reads there (Y, N)}
   * @param fix what to change, e.g. {@code add it to "values" of field injuries in
   *     log.mapping.json: "Yes": "1"}
   */
  public record Told(String what, String fix) {
    public String message() {
      return what + "; " + fix;
    }
  }

  public RowContext(
      String file, long line, Layout layout, String[] values, DateTimeFormatter dateFormat) {
    this(file, line, layout, values, dateFormat, null);
  }

  /**
   * @param today the day an incident's date may not be after (see {@link #notFuture}), or null
   */
  public RowContext(
      String file,
      long line,
      Layout layout,
      String[] values,
      DateTimeFormatter dateFormat,
      LocalDate today) {
    this.file = file;
    this.line = line;
    this.layout = layout;
    this.values = values;
    this.dateFormat = dateFormat;
    this.today = today;
  }

  /**
   * A warning when {@code date} (of something that happened) is after today: a typing slip such as
   * 2052 for 2025. Partial dates count from their first day.
   */
  void notFuture(String field, PartialDate date) {
    notFuture(field, date, "an incident that happened");
  }

  /**
   * Tells the values of this row that cannot be read through {@code words} (the log's column, the
   * values its mapping reads there and the line to add) where it has words for them; returns this.
   */
  public RowContext words(ValueWords words) {
    this.words = words;
    return this;
  }

  /** A value that cannot be read: the input's words for it where there are some, else setsafe's. */
  private void valueError(String field, String message, String expected) {
    Told told = words == null ? null : words.explain(field, expected);
    if (told == null) {
      error(field, message);
    } else {
      errorAt(layout.column(field), layout.header(field), told);
    }
  }

  /**
   * A value error told in the input's words at a column; a second one at the same column (a column
   * that feeds two fields) adds its fix to the first, so a bad cell has one message.
   */
  public void errorAt(int column, String header, Told told) {
    if (toldAt == null) {
      toldAt = new HashMap<>();
    }
    Integer at = column > 0 ? toldAt.get(column) : null;
    if (at != null) {
      Diagnostic d = problems.get(at);
      problems.set(
          at,
          Diagnostic.error(
              file, line, column, d.columnName(), d.message() + "; and " + told.fix()));
      return;
    }
    errorAt(column, header, told.message());
    toldAt.put(column, problems.size() - 1);
  }

  /** The day taken as today, or null when dates are not checked against it. */
  public LocalDate today() {
    return today;
  }

  /** As {@link #notFuture(String, PartialDate)}, for {@code what} (such as "an action closed"). */
  void notFuture(String field, PartialDate date, String what) {
    if (today == null || date == null) {
      return;
    }
    LocalDate first =
        LocalDate.of(
            date.year(),
            date.month() == null ? 1 : date.month(),
            date.day() == null ? 1 : date.day());
    if (first.isAfter(today)) {
      warning(
          field,
          date
              + " is after today ("
              + today
              + "); "
              + what
              + " cannot be in the future (a typing slip? --as-of sets today)");
    }
  }

  /** The stripped value, or null when the field is absent or empty. */
  public String text(String field) {
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
      valueError(
          field,
          "unknown " + what + " '" + v + "'; expected one of: " + Coded.codes(type),
          Coded.codes(type));
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
      return PartialDate.parse(isoDateWithTime(v) ? v.substring(0, 10) : v);
    } catch (InvalidValueException e) {
      valueError(
          field,
          dateFormat != null && !looksIso(v)
              ? "'" + v + "' is not a real date in the format the input declares"
              : looksIso(v) || v.matches("[0-9]{4}(-[0-9]{1,2})?")
                  ? e.getMessage()
                  : e.getMessage()
                      + "; a log that writes dates another way says so with \"dateFormat\" in"
                      + " its mapping (e.g. \"dateFormat\": \"M/d/yyyy\") or --date-format",
          null);
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
    LocalTime t = parseTime(v);
    if (t == null) {
      // a date and time in one cell (2026-03-02 14:05, 3/2/2026 2:05 pm): the time after the date
      int space = v.indexOf(' ');
      int tee = isoDateWithTime(v) ? 10 : -1;
      int at = tee > 0 ? tee : space;
      if (at > 0) {
        t = parseTime(v.substring(at + 1).strip());
      }
    }
    if (t != null) {
      return t;
    }
    valueError(
        field, "'" + v + "' is not a time of day (expected HH:mm, such as 14:05 or 9:30)", null);
    return null;
  }

  private static LocalTime parseTime(String v) {
    for (DateTimeFormatter f : TIMES) {
      try {
        return LocalTime.parse(v, f);
      } catch (DateTimeParseException e) {
        // try the next pattern
      }
    }
    return null;
  }

  /** An ISO date followed by a time, as a spreadsheet's date-and-time cell reads. */
  private static boolean isoDateWithTime(String v) {
    return v.length() > 11
        && (v.charAt(10) == ' ' || v.charAt(10) == 'T')
        && v.charAt(4) == '-'
        && v.charAt(7) == '-'
        && Character.isDigit(v.charAt(0))
        && Character.isDigit(v.charAt(11));
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

  /**
   * A count: ASCII digits, optionally followed by a decimal point and zeros only ({@code 2.00}, as
   * OSHA writes counts); never an exponent ({@code 1e3}), a sign or another script's digits.
   */
  Integer count(String field, boolean required) {
    String v = required ? required(field) : text(field);
    if (v == null) {
      return null;
    }
    int digits = 0;
    while (digits < v.length() && v.charAt(digits) >= '0' && v.charAt(digits) <= '9') {
      digits++;
    }
    boolean wholeWithZeros = digits > 0 && digits < v.length() && v.charAt(digits) == '.';
    for (int i = digits + 1; wholeWithZeros && i < v.length(); i++) {
      wholeWithZeros = v.charAt(i) == '0';
    }
    if (digits == 0 || (digits < v.length() && !wholeWithZeros)) {
      if (v.startsWith("-")
          && v.length() > 1
          && v.substring(1).chars().allMatch(RowContext::ascii)) {
        valueError(field, "'" + v + "' is negative; a count must be 0 or more", null);
      } else if (digits > 0 && v.charAt(digits) == '.') {
        valueError(field, "'" + v + "' is not a whole number", null);
      } else {
        valueError(
            field, "'" + v + "' is not a number (expected a whole number such as 0, 1, 2)", null);
      }
      return null;
    }
    int zeros = 0;
    while (zeros < digits - 1 && v.charAt(zeros) == '0') {
      zeros++;
    }
    String significant = v.substring(zeros, digits);
    if (significant.length() > 10 || Long.parseLong(significant) > Integer.MAX_VALUE) {
      error(
          field,
          "'"
              + v
              + "' is too large for a count (at most "
              + String.format("%,d", Integer.MAX_VALUE)
              + ")");
      return null;
    }
    return Integer.parseInt(significant);
  }

  /** Yes or no: {@code yes}, {@code y}, {@code true}, {@code 1} and their opposites, any case. */
  Boolean flag(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "x" -> {
        return Boolean.TRUE;
      }
      case "no", "n", "false", "0" -> {
        return Boolean.FALSE;
      }
      default -> {
        valueError(
            field, "'" + v + "' is not yes or no (expected yes, no, y, n, true or false)", null);
        return null;
      }
    }
  }

  /**
   * A date and a time of day in one value ({@code 2026-03-02 14:30}, {@code 2026-03-02T14:30}, or
   * the input's date pattern followed by a time). A date alone is not enough: a report's deadline
   * may be hours after the incident.
   */
  LocalDateTime moment(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    String s = v.strip();
    int at = isoDateWithTime(s) ? 10 : s.lastIndexOf(' ');
    LocalTime t = at > 0 ? parseTime(s.substring(at + 1).strip()) : null;
    if (t == null && at > 0) {
      // a time with AM/PM: the last two words
      int before = s.lastIndexOf(' ', at - 1);
      if (before > 0) {
        t = parseTime(s.substring(before + 1).strip());
        if (t != null) {
          at = before;
        }
      }
    }
    if (t == null) {
      error(
          field,
          "'"
              + v
              + "' is not a date and a time of day (expected such as 2026-03-02 14:30; a date"
              + " alone cannot be compared with a deadline in hours)");
      return null;
    }
    String day = s.substring(0, at).strip();
    LocalDate d = null;
    if (dateFormat != null) {
      try {
        d = LocalDate.parse(day, dateFormat);
      } catch (DateTimeParseException e) {
        // fall through to ISO
      }
    }
    if (d == null) {
      try {
        d = LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        error(field, "'" + v + "' does not start with a real date (expected such as 2026-03-02)");
        return null;
      }
    }
    return d.atTime(t);
  }

  private static boolean ascii(int c) {
    return (c >= '0' && c <= '9') || c == '.';
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
    if (!clean.matches("[0-9]+(\\.[0-9]+)?|-[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {
      error(
          field,
          "'" + v + "' is not an amount (expected a plain number such as 100000 or 289562.63)");
      return null;
    }
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

  /**
   * What reading found about the row (a quote followed by other text, a value over the limit,
   * control characters removed), and a row whose number of values differs from the header's.
   */
  public void checkShape(RawRow row, int width) {
    checkShape(row, width, true);
  }

  /**
   * As {@link #checkShape(RawRow, int)}; with {@code exact} false, a row with fewer values than the
   * header is fine (a spreadsheet row ends at its last filled cell).
   */
  public void checkShape(RawRow row, int width, boolean exact) {
    problems.addAll(row.notes());
    if (!exact && row.size() > width) {
      // a sheet: the stray value has a cell to point at
      int extra = width;
      while (extra < row.size() - 1 && row.get(extra).isEmpty()) {
        extra++;
      }
      errorAt(
          extra + 1,
          null,
          "a value ('"
              + row.get(extra)
              + "') right of the last named column ("
              + Diagnostic.columnLetters(width)
              + "); give its column a header, or clear the cell");
    } else if (row.size() > width || (exact && row.size() < width)) {
      error(
          null,
          "row has "
              + row.size()
              + " values but the header has "
              + width
              + " (a missing or extra comma?)");
    }
  }

  public void error(String field, String message) {
    problems.add(Diagnostic.error(file, line, layout.column(field), layout.header(field), message));
  }

  public void errorAt(int column, String header, String message) {
    problems.add(Diagnostic.error(file, line, column, header, message));
  }

  public void warningAt(int column, String header, String message) {
    problems.add(Diagnostic.warning(file, line, column, header, message));
  }

  /** Takes over the problems found in another reading of the same row (its actions). */
  public void addAll(List<Diagnostic> more) {
    problems.addAll(more);
  }

  public void warning(String field, String message) {
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

  public boolean hasErrors() {
    for (Diagnostic d : problems) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }

  public List<Diagnostic> problems() {
    return problems;
  }

  public long line() {
    return line;
  }

  /** Reports the row's problems, then counts it and passes the record on, or counts it rejected. */
  public void finish(
      IngestListener listener,
      RawRow row,
      FileStats stats,
      IncidentRecord record,
      Consumer<IncidentRecord> out) {
    emit(listener, stats.file(), row);
    if (record != null) {
      stats.countImported();
      out.accept(record);
    } else {
      stats.countRejected();
    }
  }

  /** Reports the row's problems, and the row as rejected when one of them is an error. */
  public void emit(IngestListener listener, String name, RawRow row) {
    Diagnostic firstError = null;
    for (Diagnostic d : problems()) {
      listener.report(d);
      if (firstError == null && d.isError()) {
        firstError = d;
      }
    }
    if (firstError != null) {
      listener.rejected(name, row, firstError);
    }
  }
}
