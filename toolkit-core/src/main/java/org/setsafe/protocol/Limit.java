package org.setsafe.protocol;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.Quantities;
import org.setsafe.model.Quantities.Dimension;
import org.setsafe.model.Quantities.Quantity;

/**
 * A number a check sets ("blanks are never fired closer than 20 ft to a person", "fall protection
 * from 6 ft"), and the words a description's number must stand beside to be compared with it. In a
 * protocol file: {@code {"near": ["fired", "blank"], "quantity": "length", "fails_below": "20
 * ft"}}, {@code "fails_at_or_above": "6 ft"} or {@code "fails_above": "60 h"}.
 *
 * @param near words or phrases one of which must be in the same sentence as the number
 * @param dimension what the number measures ({@code quantity}: length, voltage, current, speed,
 *     temperature, mass, pressure, duration)
 * @param limit the check's number, with its unit
 * @param fails which numbers fail the check: below the limit, at or above it, or above it
 */
public record Limit(List<String> near, Dimension dimension, Quantity limit, Fails fails) {
  /** Which side of a limit fails the check, with its field name in a protocol file. */
  public enum Fails {
    /** A number below the limit fails (a stand-off, a rest period). */
    BELOW("fails_below", "below "),
    /** A number at or above the limit fails (fall protection from 6 ft). */
    AT_OR_ABOVE("fails_at_or_above", "at or above "),
    /** A number above the limit fails (more than 60 hours a week). */
    ABOVE("fails_above", "above ");

    private final String field;
    private final String words;

    Fails(String field, String words) {
      this.field = field;
      this.words = words;
    }

    /** The field that sets this side in a protocol file ({@code fails_below}). */
    public String field() {
      return field;
    }
  }

  public Limit {
    near = List.copyOf(near);
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(fails, "fails");
    if (near.isEmpty()) {
      throw new IllegalArgumentException("a limit names the words its number stands beside");
    }
    if (limit.dimension() != dimension || limit.range()) {
      throw new IllegalArgumentException(
          "the limit '" + limit.words() + "' is not one " + name(dimension));
    }
  }

  /**
   * Whether {@code q} fails this limit: a number of another dimension never does; a range fails
   * only when all of it is on the failing side ("8 to 10 ft" is below 20 ft; "5-7 ft" is not at or
   * above 6 ft). Numbers within a millionth of the limit count as equal to it ("6.1 m" is 20 ft).
   */
  public boolean failedBy(Quantity q) {
    return verdict(q, Qualifier.EXACTLY) == Verdict.FAILS;
  }

  /** How a description qualifies its number. */
  public enum Qualifier {
    /** The number as it stands ("8 ft", "about 8 ft"). */
    EXACTLY,
    /** An upper bound: "less than", "under", "fewer than", "below" the number. */
    LESS_THAN,
    /** A lower bound: "more than", "over", "above" the number. */
    MORE_THAN
  }

  /** What a number says of a limit. */
  public enum Verdict {
    FAILS,
    PASSES,
    /** The number does not settle it ("more than 5 ft" against 6 ft), or is of another kind. */
    UNKNOWN
  }

  /**
   * What {@code q}, qualified by {@code qualifier}, says of this limit: "less than 10 hours" fails
   * a 10-hour rest period, "more than 60 hours" a 60-hour week; "less than 10 ft" says nothing of
   * fall protection from 6 ft.
   */
  public Verdict verdict(Quantity q, Qualifier qualifier) {
    if (q.dimension() != dimension) {
      return Verdict.UNKNOWN;
    }
    double at = limit.lowBase();
    double tolerance = Math.abs(at) * 1e-6 + 1e-9;
    double low = q.lowBase();
    double high = q.highBase();
    boolean fails;
    boolean passes;
    switch (fails()) {
      case BELOW -> {
        fails = qualifier == Qualifier.LESS_THAN ? high <= at + tolerance : high < at - tolerance;
        passes = qualifier == Qualifier.LESS_THAN ? false : low >= at - tolerance;
        if (qualifier == Qualifier.MORE_THAN) {
          fails = false;
        }
      }
      case AT_OR_ABOVE -> {
        fails = qualifier != Qualifier.LESS_THAN && low >= at - tolerance;
        passes = qualifier == Qualifier.MORE_THAN ? false : high < at - tolerance;
        if (qualifier == Qualifier.LESS_THAN) {
          passes = high <= at + tolerance;
        }
      }
      default -> {
        fails =
            qualifier == Qualifier.MORE_THAN
                ? low >= at - tolerance
                : qualifier == Qualifier.EXACTLY && low > at + tolerance;
        passes = qualifier != Qualifier.MORE_THAN && high <= at + tolerance;
      }
    }
    return fails ? Verdict.FAILS : passes ? Verdict.PASSES : Verdict.UNKNOWN;
  }

  /** The rule in words: "below 20 ft", "at or above 6 ft", "above 60 h". */
  public String describe() {
    return fails.words + limit.words();
  }

  /** A dimension's name in protocol files ("length"). */
  public static String name(Dimension d) {
    return d.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Reads a limit's number ("20 ft", "6 feet", "600 V"): exactly one number with a unit of {@code
   * dimension}; null when the text is not that.
   */
  static Quantity read(String text, Dimension dimension) {
    List<Quantity> found = Quantities.find(text);
    if (found.size() != 1) {
      return null;
    }
    Quantity q = found.get(0);
    boolean whole = q.start() == 0 && q.end() == text.length();
    return whole && q.dimension() == dimension && !q.range() ? q : null;
  }
}
