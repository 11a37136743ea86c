package org.setsafe.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --as-of DATE}: the day taken as today, when incident dates are checked and when follow-up
 * actions are counted open and overdue.
 */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DayConverter.class,
      description =
          "The day taken as today (yyyy-MM-dd; default: today): follow-up actions are counted open"
              + " and overdue to it, and an incident dated after it gets a warning.")
  LocalDate asOf;

  /** Where today comes from without --as-of; tests set a fixed clock. */
  Clock clock = Clock.systemDefaultZone();

  /** The day given, else today on this computer's calendar. */
  LocalDate today() {
    return asOf != null ? asOf : LocalDate.now(clock);
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
