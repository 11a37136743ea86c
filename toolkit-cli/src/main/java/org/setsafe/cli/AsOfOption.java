package org.setsafe.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day taken as today when incident dates are checked. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.DayConverter.class,
      description =
          "The day taken as today (yyyy-MM-dd; default: today): an incident dated after it gets a"
              + " warning.")
  LocalDate asOf;

  /** The day given, else today on this computer's calendar. */
  LocalDate today() {
    return asOf != null ? asOf : LocalDate.now();
  }
}
