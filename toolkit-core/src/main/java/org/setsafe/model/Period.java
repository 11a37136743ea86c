package org.setsafe.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period a production's report covers ({@code --from}/{@code --to}; an open end takes in
 * everything on that side). An incident is in the period when every day its date may stand for is:
 * an incident known only to the month or year that straddles an end is left out, and counted as
 * such.
 */
public record Period(LocalDate from, LocalDate to) {
  public static final Period ALL = new Period(null, null);

  /**
   * A period in words, either end open (a null end), each end a date or a partial date: "2026-03-02
   * to 2026-04-17", "from 2027-01-01", "up to 2020-01-01", one date when both ends read the same
   * ("2026"), or "" when both ends are open.
   */
  public static String span(Object from, Object to) {
    if (from == null) {
      return to == null ? "" : "up to " + to;
    }
    if (to == null) {
      return "from " + from;
    }
    String f = from.toString();
    String t = to.toString();
    return f.equals(t) ? f : f + " to " + t;
  }

  public boolean contains(PartialDate d) {
    return (from == null || !d.firstDay().isBefore(from))
        && (to == null || !d.lastDay().isAfter(to));
  }

  /**
   * Whether the date may fall in the period but is too coarse to say (e.g. 2026-03 for 03-15 on).
   */
  public boolean straddles(PartialDate d) {
    return !contains(d)
        && (from == null || !d.lastDay().isBefore(from))
        && (to == null || !d.firstDay().isAfter(to));
  }

  public boolean bounded() {
    return from != null && to != null;
  }

  /** Days from the first to the last, both counted. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of the same length just before this one (both ends needed). */
  public Period previous() {
    return new Period(from.minusDays(days()), from.minusDays(1));
  }
}
