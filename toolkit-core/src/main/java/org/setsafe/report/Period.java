package org.setsafe.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.setsafe.model.PartialDate;

/**
 * The period a production's report covers ({@code --from}/{@code --to}; an open end takes in
 * everything on that side). An incident is in the period when every day its date may stand for is:
 * an incident known only to the month or year that straddles an end is left out, and counted as
 * such.
 */
record Period(LocalDate from, LocalDate to) {
  static final Period ALL = new Period(null, null);

  boolean contains(PartialDate d) {
    return (from == null || !d.firstDay().isBefore(from))
        && (to == null || !d.lastDay().isAfter(to));
  }

  /**
   * Whether the date may fall in the period but is too coarse to say (e.g. 2026-03 for 03-15 on).
   */
  boolean straddles(PartialDate d) {
    return !contains(d)
        && (from == null || !d.lastDay().isBefore(from))
        && (to == null || !d.firstDay().isAfter(to));
  }

  boolean bounded() {
    return from != null && to != null;
  }

  /** Days from the first to the last, both counted. */
  long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of the same length just before this one (both ends needed). */
  Period previous() {
    return new Period(from.minusDays(days()), from.minusDays(1));
  }
}
