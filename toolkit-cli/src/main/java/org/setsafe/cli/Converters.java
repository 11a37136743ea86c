package org.setsafe.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for values that are not codes (coded enums are {@link CodedOptions}'). */
final class Converters {
  private Converters() {}

  /** A day, {@code yyyy-MM-dd}. */
  static final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date (expected yyyy-MM-dd, e.g. 2026-04-20)");
      }
    }
  }
}
