package org.setsafe.redact;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What one redacted run removed or coarsened, counted by kind: never the values. Printed after the
 * run and written beside its outputs. Safe to count into from several threads.
 */
public final class Ledger {
  /** A kind of change a redaction makes. */
  public enum Kind {
    NAME_TO_ROLE("names of people or organisations replaced by their role"),
    NAME_REMOVED("names replaced by ZZZ (no role known)"),
    PRIVACY_CASE("names of privacy concern cases replaced by \"privacy case\""),
    PRODUCTION_CODED("production names replaced by a code"),
    NAME_IN_TEXT("names found in free text and replaced"),
    PLACE_IN_TEXT("locations named in free text (titles, summaries) replaced by their region"),
    EMAIL("e-mail addresses removed from free text"),
    URL("web addresses removed from free text"),
    PHONE("telephone numbers removed from free text"),
    PLATE("vehicle licence plates removed from free text"),
    SERIAL("serial numbers removed from free text"),
    ADDRESS("street addresses removed from free text"),
    LINK_REMOVED("source links removed"),
    VALUE_REMOVED("other values removed"),
    DATE_TO_MONTH("dates cut to their year and month"),
    DATE_TO_YEAR("dates cut to their year"),
    TIME_TO_QUARTER("times of day cut to their quarter of the day"),
    TIME_REMOVED("times of day removed"),
    MOMENT_COARSENED(
        "dates and times of a report cut to their month and quarter of the day (or year)"),
    LOCATION_TO_REGION("locations generalised to their region"),
    ID_CODED("incident ids that held a name replaced by a code"),
    INPUT_CODED("input file names replaced by a code"),
    ROW_WITHHELD("raw text of rejected rows withheld"),
    SMALL_CELL("table cells under N shown as \"< N\""),
    SMALL_BAR("chart bars under N not drawn"),
    MONTH_TO_QUARTER(
        "incidents whose month was coarsened to its quarter (fewer than N shared their department,"
            + " roles, month and severity)"),
    DATE_KEPT_FOR_PERIOD(
        "incident dates kept to their month (or day), where the rules would cut them further, so"
            + " that they stay in the period asked for"),
    DEPARTMENT_DROPPED(
        "incidents whose department was dropped too (fewer than N shared their department, roles,"
            + " quarter and severity)");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final AtomicLongArray counts = new AtomicLongArray(Kind.values().length);

  public void add(Kind kind) {
    add(kind, 1);
  }

  public void add(Kind kind, long n) {
    counts.addAndGet(kind.ordinal(), n);
  }

  public long count(Kind kind) {
    return counts.get(kind.ordinal());
  }

  /** The kinds counted at least once, in the order of {@link Kind}. */
  public Map<Kind, Long> counts() {
    Map<Kind, Long> m = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      long n = count(k);
      if (n > 0) {
        m.put(k, n);
      }
    }
    return m;
  }

  public long total() {
    long t = 0;
    for (Kind k : Kind.values()) {
      t += count(k);
    }
    return t;
  }

  /**
   * The ledger as lines of text: a heading naming the profile, then one line per kind counted, with
   * the threshold of small cells where it applies.
   */
  public String text(String profile, int smallCell) {
    StringBuilder b =
        new StringBuilder("Redacted with the profile ")
            .append(profile)
            .append(": what was removed or coarsened (counts, never the values)\n");
    Map<Kind, Long> m = counts();
    if (m.isEmpty()) {
      b.append("  nothing needed redacting\n");
    }
    m.forEach(
        (k, n) ->
            b.append(String.format("  %,8d  %s%n", n, k.label().replace(" N", " " + smallCell))));
    return b.toString();
  }
}
