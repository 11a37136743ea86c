package org.setsafe.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What counts as high energy in the Safety Classification and Learning model, with the pages each
 * rule was read in ({@code data/rules/high-energy.json}): the energy threshold (500 ft-lbf), the
 * reach of a released energy (6 ft), the limits that stand for the threshold in a description's
 * numbers (a fall of 4 ft, 50 V, 150 °F), the spacing of a ladder's steps, and setsafe's own
 * presumption for each hazard when the words settle nothing. A limit known only from a secondary
 * restatement of the model's list is marked unconfirmed; one setsafe does not use is marked so.
 *
 * @param thresholdFtLbf the energy at or above which the model counts an energy as high, in ft-lbf
 * @param proximityFt how near a released energy a person must be to count as within reach, in ft
 * @param ladderStepInches the most a ladder's steps are apart, in inches
 */
public record EnergyRules(
    double thresholdFtLbf,
    double proximityFt,
    double ladderStepInches,
    List<Limit> limits,
    Map<Category, Presumption> presumptions,
    Map<String, RuleSource> sources) {

  public EnergyRules {
    limits = List.copyOf(limits);
    presumptions =
        presumptions.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(presumptions));
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /** A page a rule was read in, with what it says. */
  public record RuleSource(String id, String title, String publisher, String url, String says) {
    public RuleSource {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(url, "url");
    }
  }

  /** What a limit compares a description's number with, and the unit it is written in. */
  public enum Measure implements Coded {
    FALL_HEIGHT("Height of a fall", "ft"),
    WEIGHT_TIMES_HEIGHT("Weight times the height it falls", "ft-lbf"),
    VOLTAGE("Voltage", "V"),
    TEMPERATURE("Temperature", "°F"),
    SPEED("Speed", "mph");

    private final String label;
    private final String unit;

    Measure(String label, String unit) {
      this.label = label;
      this.unit = unit;
    }

    @Override
    public String label() {
      return label;
    }

    /** The unit a limit of this measure is written in. */
    public String unit() {
      return unit;
    }
  }

  /**
   * A number at or above which an energy is high, in the unit of its measure.
   *
   * @param confirmed whether a source read states the limit as the model's (else it rests on a
   *     secondary restatement, corroborated as the note says)
   * @param used whether setsafe compares numbers with it
   */
  public record Limit(
      String id,
      Energy energy,
      Measure measure,
      double atLeast,
      boolean confirmed,
      boolean used,
      List<RuleSource> sources,
      String note) {
    public Limit {
      Objects.requireNonNull(measure, "measure");
      sources = List.copyOf(sources);
    }

    /** The limit as text: {@code 4 ft}, {@code 500 ft-lbf}, {@code 50 V (unconfirmed)}. */
    public String describe() {
      String n = atLeast == Math.rint(atLeast) ? String.valueOf((long) atLeast) : "" + atLeast;
      String u = measure.unit();
      return n + (u.startsWith("°") ? "" : " ") + u + (confirmed ? "" : " (unconfirmed)");
    }
  }

  /**
   * setsafe's presumption for a hazard category when the words of a description settle nothing.
   *
   * @param presumed yes, no, or unknown (the words must decide)
   * @param energy the energy the hazard chiefly carries, or null
   */
  public record Presumption(Category category, Answer presumed, Energy energy, String why) {}

  /** The limit setsafe uses for a measure, if any. */
  public Optional<Limit> limit(Measure measure) {
    return limits.stream().filter(l -> l.measure() == measure && l.used()).findFirst();
  }

  /** setsafe's presumption for a hazard category (unknown for one the rules do not name). */
  public Presumption presumption(Category category) {
    Presumption p = presumptions.get(category);
    return p != null ? p : new Presumption(category, Answer.UNKNOWN, null, "not in the rules");
  }
}
