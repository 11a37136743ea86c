package org.setsafe.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of DATE}: the day taken as today when incident dates are checked. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DayConverter.class,
      description =
          "The day taken as today (yyyy-MM-dd; default: today): an incident dated after it gets a"
              + " warning.")
  LocalDate asOf;

  /** The day given, else today on this computer's calendar. */
  LocalDate today() {
    return asOf != null ? asOf : LocalDate.now();
  }

  static final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date (expected yyyy-MM-dd, such as 2025-03-01)");
      }
    }
  }
}
