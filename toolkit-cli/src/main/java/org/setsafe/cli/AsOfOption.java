package org.setsafe.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.setsafe.model.Period;
import picocli.CommandLine.Option;

/**
 * {@code --as-of DATE}: the day taken as today, by every command that needs one: follow-up actions
 * count their days open and overdue to it, and an incident dated after it gets a warning.
 */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.DayConverter.class,
      description =
          "The day taken as today (yyyy-MM-dd; default: today, or the last day of the period"
              + " when --to or --month ends it earlier): follow-up actions count their days open"
              + " and overdue to it, and an incident dated after it gets a warning.")
  LocalDate asOf;

  /** Where today comes from when --as-of is not given; tests set a fixed clock. */
  Clock clock = Clock.systemDefaultZone();

  /** The day given, else today on this computer's calendar. */
  LocalDate today() {
    return asOf != null ? asOf : LocalDate.now(clock);
  }

  /**
   * The day given, else the period's last day when it is before today (the state of things at the
   * end of the period asked for), else today.
   */
  LocalDate day(Period period) {
    LocalDate today = today();
    if (asOf == null && period.to() != null && period.to().isBefore(today)) {
      return period.to();
    }
    return today;
  }
}
