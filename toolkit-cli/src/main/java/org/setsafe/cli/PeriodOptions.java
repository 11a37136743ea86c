package org.setsafe.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import org.setsafe.model.InvalidValueException;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --from}, {@code --to} and {@code --month}: the period a command looks at, the same in
 * every command. Each end takes a year ({@code 2026}), a month ({@code 2026-11}) or a day ({@code
 * 2026-11-05}): {@code --from} starts at its first day, {@code --to} ends with its last. {@code
 * --month 2026-11} is {@code --from 2026-11 --to 2026-11}. An incident is in the period when every
 * day its date may stand for is (see {@link Period}).
 */
final class PeriodOptions {
  static final String FORMS = "yyyy, yyyy-MM or yyyy-MM-dd, e.g. 2026, 2026-11 or 2026-11-05";

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = FromConverter.class,
      description =
          "The first day of the period: a year, a month or a day (yyyy, yyyy-MM or yyyy-MM-dd);"
              + " a year or a month starts on its first day.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = ToConverter.class,
      description =
          "The last day of the period: a year, a month or a day; a year or a month ends with its"
              + " last day.")
  LocalDate to;

  @Option(
      names = "--month",
      paramLabel = "yyyy-MM",
      converter = MonthConverter.class,
      description = "One calendar month: --month 2026-11 is --from 2026-11 --to 2026-11.")
  YearMonth month;

  /**
   * The period asked for ({@link Period#ALL} when none); a backward or doubled one is a usage
   * error.
   */
  Period period() {
    if (month != null) {
      if (from != null || to != null) {
        throw new UsageException(
            "--month " + month + " is a whole period: give it alone, or --from and --to instead");
      }
      return new Period(month.atDay(1), month.atEndOfMonth());
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new UsageException(
          "the period runs backwards (--from "
              + from
              + ", --to "
              + to
              + "): nothing could fall in it");
    }
    return new Period(from, to);
  }

  /** Whether any of --from, --to, --month was given. */
  boolean given() {
    return from != null || to != null || month != null;
  }

  /** A year, a month or a day, as one {@link PartialDate}; anything else in setsafe's words. */
  static PartialDate parse(String option, String value) {
    try {
      return PartialDate.parse(value);
    } catch (InvalidValueException e) {
      String why = e.getMessage();
      boolean shape = why.contains("is not a date");
      throw new TypeConversionException(
          "'"
              + value
              + (shape ? "' is not a year, a month or a day" : "': " + why)
              + " ("
              + option
              + " takes "
              + FORMS
              + ")");
    }
  }

  /** {@code --from}: a year or a month starts on its first day. */
  static final class FromConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse("--from", value).firstDay();
    }
  }

  /** {@code --to}: a year or a month ends with its last day. */
  static final class ToConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse("--to", value).lastDay();
    }
  }

  /** {@code --month yyyy-MM}. */
  static final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      PartialDate d;
      try {
        d = PartialDate.parse(value);
      } catch (InvalidValueException e) {
        d = null;
      }
      if (d == null || d.month() == null || d.day() != null) {
        throw new TypeConversionException(
            "'" + value + "' is not a month (--month takes yyyy-MM, e.g. 2026-11)");
      }
      return YearMonth.of(d.year(), d.month());
    }
  }
}
