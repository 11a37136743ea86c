package org.setsafe.ita;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.read.CsvInput;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.DiagnosticSink;
import org.setsafe.read.RawRow;
import org.setsafe.rules.ItaLayout;

/**
 * Checks an establishment and 300A summary CSV against the rules of OSHA's Injury Tracking
 * Application ({@link ItaLayout}): the header holds the layout's columns in order; each value has
 * its field's format (required, length, digits, codes, a year from 2016, whole numbers from their
 * least); text holds none of the refused characters; and each row's totals add up: G + H + I + J
 * cases equal M1 to M6, {@code no_injuries_illnesses} agrees with them, days away and restricted
 * agree with their cases, and the hours per employee stay under a year's 8,760 (over 500 expected).
 * Each problem is a {@link Diagnostic} at the line and column of the value.
 */
public final class ItaCheck {
  /** The postal codes of the U.S. states, the District of Columbia and the territories. */
  private static final Set<String> STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI");

  /** Hours in a year: no employee works as many. */
  static final int HOURS_IN_YEAR = 8760;

  /** Fewer hours per employee than this are unusual (a warning in OSHA's validations). */
  static final int FEW_HOURS = 500;

  private ItaCheck() {}

  /** Checks {@code file}; {@code name} is how diagnostics name it. */
  public static void check(Path file, String name, ItaLayout layout, DiagnosticSink sink) {
    try (CsvInput in = CsvInput.open(file, name, StandardCharsets.UTF_8, sink)) {
      List<String> header = in.header();
      List<String> expected = layout.header();
      if (header.isEmpty()) {
        sink.report(
            Diagnostic.error(
                name,
                0,
                0,
                null,
                "the file is empty; expected a header row of "
                    + expected.size()
                    + " columns ("
                    + expected.get(0)
                    + ", ...)"));
        return;
      }
      long hl = in.headerLine();
      boolean headerOk = header.equals(expected);
      if (!headerOk) {
        for (int c = 0; c < Math.max(header.size(), expected.size()); c++) {
          String got = c < header.size() ? header.get(c) : null;
          String want = c < expected.size() ? expected.get(c) : null;
          if (want == null) {
            sink.report(Diagnostic.error(name, hl, c + 1, got, "a column the ITA does not take"));
          } else if (got == null) {
            sink.report(
                Diagnostic.error(
                    name,
                    hl,
                    0,
                    null,
                    "column "
                        + (c + 1)
                        + " should be '"
                        + want
                        + "' and is missing (the ITA takes "
                        + expected.size()
                        + " columns)"));
          } else if (!got.equals(want)) {
            sink.report(
                Diagnostic.error(
                    name,
                    hl,
                    c + 1,
                    got,
                    "this column should be '"
                        + want
                        + "' (the ITA takes its columns by these names, in this order)"));
          }
        }
        return;
      }
      Map<String, Long> names = new HashMap<>();
      long rows = 0;
      for (RawRow r = in.next(); r != null; r = in.next()) {
        rows++;
        checkRow(r, name, layout, sink, names);
      }
      if (rows == 0 && !in.failed()) {
        sink.report(Diagnostic.error(name, hl, 0, null, "no establishment row under the header"));
      }
    }
  }

  private static void checkRow(
      RawRow r, String name, ItaLayout layout, DiagnosticSink sink, Map<String, Long> names) {
    for (Diagnostic d : r.notes()) {
      sink.report(d);
    }
    List<ItaLayout.Field> fields = layout.summary();
    if (r.size() != fields.size()) {
      sink.report(
          Diagnostic.error(
              name,
              r.line(),
              0,
              null,
              "the row has " + r.size() + " values; the header has " + fields.size()));
    }
    Map<String, Long> numbers = new HashMap<>();
    for (int c = 0; c < fields.size(); c++) {
      ItaLayout.Field f = fields.get(c);
      String v = r.get(c);
      Long n = checkValue(f, v, layout.refusedCharacters(), r.line(), c + 1, name, sink);
      if (n != null) {
        numbers.put(f.name(), n);
      }
    }
    int col = index(fields, "establishment_name");
    String est = r.get(col).strip().toLowerCase(Locale.ROOT);
    if (!est.isEmpty()) {
      Long first = names.putIfAbsent(est, r.line());
      if (first != null) {
        sink.report(
            err(
                name,
                r.line(),
                col,
                "establishment_name",
                "'"
                    + r.get(col)
                    + "' is the name of the establishment on line "
                    + first
                    + " too; each establishment must have a unique name"));
      }
    }
    totals(r, name, fields, numbers, sink);
  }

  /** Checks one value; returns it as a number when the field holds one and it is valid. */
  static Long checkValue(
      ItaLayout.Field f,
      String v,
      String refused,
      long line,
      int col,
      String name,
      DiagnosticSink sink) {
    if (v.isEmpty()) {
      if (f.required()) {
        sink.report(err(name, line, col - 1, f.name(), "required, and empty"));
      }
      return null;
    }
    switch (f.type()) {
      case TEXT -> {
        if (f.maxLength() > 0 && v.length() > f.maxLength()) {
          sink.report(
              err(
                  name,
                  line,
                  col - 1,
                  f.name(),
                  v.length() + " characters; at most " + f.maxLength()));
        }
        for (int i = 0; i < v.length(); i++) {
          if (refused.indexOf(v.charAt(i)) >= 0) {
            sink.report(
                err(
                    name,
                    line,
                    col - 1,
                    f.name(),
                    "'" + v.charAt(i) + "' is a character the ITA refuses (" + refused + ")"));
            break;
          }
        }
        return null;
      }
      case DIGITS -> {
        if (!v.matches("[0-9]+") || !f.lengths().contains(v.length())) {
          sink.report(
              err(
                  name,
                  line,
                  col - 1,
                  f.name(),
                  "'" + v + "' is not " + lengths(f.lengths()) + " digits"));
        }
        return null;
      }
      case STATE -> {
        if (!STATES.contains(v)) {
          sink.report(
              err(
                  name,
                  line,
                  col - 1,
                  f.name(),
                  "'" + v + "' is not the two-letter postal code of a U.S. state or territory"));
        }
        return null;
      }
      case CODE -> {
        if (!f.values().contains(v)) {
          sink.report(
              err(
                  name,
                  line,
                  col - 1,
                  f.name(),
                  "'" + v + "' is not one of " + String.join(", ", f.values())));
          return null;
        }
        return Long.parseLong(v);
      }
      case YEAR -> {
        if (!v.matches("[0-9]{4}")) {
          sink.report(err(name, line, col - 1, f.name(), "'" + v + "' is not a four-digit year"));
          return null;
        }
        long y = Long.parseLong(v);
        if (f.min() != null && y < f.min()) {
          sink.report(err(name, line, col - 1, f.name(), y + " is earlier than " + f.min()));
          return null;
        }
        return y;
      }
      case INTEGER -> {
        if (!v.matches("[0-9]+")) {
          sink.report(
              err(
                  name,
                  line,
                  col - 1,
                  f.name(),
                  "'"
                      + v
                      + "' is not a whole number written in digits alone (no commas, decimals or signs)"));
          return null;
        }
        if (f.maxLength() > 0 && v.length() > f.maxLength()) {
          sink.report(
              err(name, line, col - 1, f.name(), v.length() + " digits; at most " + f.maxLength()));
          return null;
        }
        long n = new BigDecimal(v).longValue();
        if (f.min() != null && n < f.min()) {
          sink.report(err(name, line, col - 1, f.name(), "must be " + f.min() + " or more"));
          return null;
        }
        return n;
      }
      default -> throw new IllegalStateException("unhandled type " + f.type());
    }
  }

  private static void totals(
      RawRow r,
      String name,
      List<ItaLayout.Field> fields,
      Map<String, Long> n,
      DiagnosticSink sink) {
    long line = r.line();
    List<String> byOutcome =
        List.of("total_deaths", "total_dafw_cases", "total_djtr_cases", "total_other_cases");
    List<String> byType =
        List.of(
            "total_injuries",
            "total_skin_disorders",
            "total_respiratory_conditions",
            "total_poisonings",
            "total_hearing_loss",
            "total_other_illnesses");
    Long cases = sum(n, byOutcome);
    Long types = sum(n, byType);
    if (cases != null && types != null && !cases.equals(types)) {
      sink.report(
          err(
              name,
              line,
              index(fields, "total_injuries"),
              "total_injuries",
              "the cases by type (M1 to M6) add up to "
                  + types
                  + ", the cases by outcome (G + H + I + J: deaths, days away, job transfer or"
                  + " restriction, other) to "
                  + cases
                  + "; every case is counted once in each"));
    }
    Long flag = n.get("no_injuries_illnesses");
    Long days = sum(n, List.of("total_dafw_days", "total_djtr_days"));
    if (flag != null && cases != null && types != null && days != null) {
      long all = cases + types + days;
      if (flag == 2 && all > 0) {
        sink.report(
            err(
                name,
                line,
                index(fields, "no_injuries_illnesses"),
                "no_injuries_illnesses",
                "2 says the establishment had no injuries or illnesses, but"
                    + " its totals count "
                    + cases
                    + " case(s)"
                    + (days > 0 ? " and " + days + " day(s)" : "")));
      } else if (flag == 1 && cases == 0) {
        sink.report(
            err(
                name,
                line,
                index(fields, "no_injuries_illnesses"),
                "no_injuries_illnesses",
                "1 says the establishment had injuries or illnesses, but"
                    + " every case total is 0 (write 2)"));
      }
    }
    daysAgree(n, "total_dafw_cases", "total_dafw_days", "away from work", fields, name, line, sink);
    daysAgree(
        n,
        "total_djtr_cases",
        "total_djtr_days",
        "of job transfer or restriction",
        fields,
        name,
        line,
        sink);
    Long employees = n.get("annual_average_employees");
    Long hours = n.get("total_hours_worked");
    if (employees != null && hours != null && employees > 0) {
      int col = index(fields, "total_hours_worked");
      double each = (double) hours / employees;
      if (each >= HOURS_IN_YEAR) {
        sink.report(
            err(
                name,
                line,
                col,
                "total_hours_worked",
                String.format(
                    Locale.ROOT,
                    "%,d hours for %,d employees is %,.0f hours each; it must be under %,d (a year's"
                        + " hours)",
                    hours,
                    employees,
                    each,
                    HOURS_IN_YEAR)));
      } else if (each <= FEW_HOURS) {
        sink.report(
            Diagnostic.warning(
                name,
                line,
                col + 1,
                "total_hours_worked",
                String.format(
                    Locale.ROOT,
                    "%,d hours for %,d employees is %,.0f hours each; the ITA expects more"
                        + " than %d (check the hours, or the average number of employees)",
                    hours,
                    employees,
                    each,
                    FEW_HOURS)));
      }
    }
  }

  private static void daysAgree(
      Map<String, Long> n,
      String casesField,
      String daysField,
      String what,
      List<ItaLayout.Field> fields,
      String name,
      long line,
      DiagnosticSink sink) {
    Long cases = n.get(casesField);
    Long days = n.get(daysField);
    if (cases == null || days == null) {
      return;
    }
    int col = index(fields, daysField);
    if (days < cases) {
      sink.report(
          err(
              name,
              line,
              col,
              daysField,
              days
                  + " day(s) "
                  + what
                  + " for "
                  + cases
                  + " case(s) in "
                  + casesField
                  + "; each such case has at least one day"));
    }
  }

  private static Long sum(Map<String, Long> n, List<String> keys) {
    long s = 0;
    for (String k : keys) {
      Long v = n.get(k);
      if (v == null) {
        return null;
      }
      s += v;
    }
    return s;
  }

  private static int index(List<ItaLayout.Field> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("the ITA layout has no column " + name);
  }

  /** An error at the 0-based column {@code col}. */
  private static Diagnostic err(String name, long line, int col, String column, String message) {
    return Diagnostic.error(name, line, col + 1, column, message);
  }

  private static String lengths(List<Integer> lengths) {
    return lengths.size() == 1
        ? "" + lengths.get(0)
        : lengths.subList(0, lengths.size() - 1).stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + ", " + b)
                .orElse("")
            + " or "
            + lengths.get(lengths.size() - 1);
  }
}
