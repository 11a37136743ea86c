package org.setsafe.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for values that are not codes (coded enums are {@link CodedOptions}'). */
final class Converters {
  private Converters() {}

  /** The first and last years setsafe takes, as {@code PartialDate} does. */
  static final int FIRST_YEAR = 1800;

  static final int LAST_YEAR = 2200;

  /**
   * A day, {@code yyyy-MM-dd}, in the years setsafe takes ({@value #FIRST_YEAR}-{@value
   * #LAST_YEAR}).
   */
  static final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate d;
      try {
        d = LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date (expected yyyy-MM-dd, e.g. 2026-04-20)");
      }
      if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is out of range: setsafe takes dates from "
                + FIRST_YEAR
                + "-01-01 to "
                + LAST_YEAR
                + "-12-31");
      }
      return d;
    }
  }
}
