package org.setsafe.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.setsafe.data.BundledData;
import org.setsafe.model.Answer;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.model.Energy;

/**
 * What counts as high energy in the Safety Classification and Learning model, as {@code
 * data/rules/high-energy.json} holds it with its sources: the energy threshold (500 ft-lbf), the
 * reach of a released energy (6 ft), the limits that stand for the threshold in a description's
 * numbers (a fall of 4 ft, 50 V, 150 F, ...), and setsafe's own presumption for each hazard when
 * the words settle nothing. A limit known only from a secondary restatement of the model's list is
 * marked unconfirmed, and one setsafe does not use is marked so.
 */
public final class HighEnergyRules {
  /** A page a rule was read in. */
  public record Source(String id, String title, String publisher, String url, String says) {}

  /** What a limit compares a description's number with. */
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
   * A number at or above which an energy is high.
   *
   * @param unit the limit's unit, the one its measure is compared in: {@code ft} for a fall, {@code
   *     ft-lbf} for weight times height, {@code V}, {@code °F}, {@code mph}
   * @param confirmed whether a source read states the limit as the model's (else it rests on a
   *     secondary restatement, corroborated as the note says)
   * @param used whether setsafe compares numbers with it
   */
  public record Limit(
      String id,
      Energy energy,
      Measure measure,
      double atLeast,
      String unit,
      boolean confirmed,
      boolean used,
      List<Source> sources,
      String note) {
    public Limit {
      sources = List.copyOf(sources);
    }

    /** The limit as text: {@code 4 ft}, {@code 500 ft-lbf}, {@code 50 V (unconfirmed)}. */
    public String describe() {
      String n = atLeast == Math.rint(atLeast) ? String.valueOf((long) atLeast) : "" + atLeast;
      return n + (unit.startsWith("°") ? "" : " ") + unit + (confirmed ? "" : " (unconfirmed)");
    }
  }

  /**
   * setsafe's presumption for a hazard category when the words of a description settle nothing.
   *
   * @param presumed yes, no, or unknown (the words must decide)
   * @param energy the energy the hazard chiefly carries, or null
   */
  public record Presumption(Category category, Answer presumed, Energy energy, String why) {}

  private final double thresholdFtLbf;
  private final double proximityFt;
  private final double ladderStepInches;
  private final List<Limit> limits;
  private final Map<Category, Presumption> categories;
  private final Map<String, Source> sources;

  private HighEnergyRules(
      double thresholdFtLbf,
      double proximityFt,
      double ladderStepInches,
      List<Limit> limits,
      Map<Category, Presumption> categories,
      Map<String, Source> sources) {
    this.thresholdFtLbf = thresholdFtLbf;
    this.proximityFt = proximityFt;
    this.ladderStepInches = ladderStepInches;
    this.limits = List.copyOf(limits);
    this.categories = categories;
    this.sources = sources;
  }

  private static volatile HighEnergyRules bundled;

  /** The rules shipped with setsafe (loaded once). */
  public static HighEnergyRules bundled() {
    HighEnergyRules r = bundled;
    if (r == null) {
      synchronized (HighEnergyRules.class) {
        r = bundled;
        if (r == null) {
          r = load(BundledData.path("rules/high-energy.json"));
          bundled = r;
        }
      }
    }
    return r;
  }

  /** The energy at or above which the model counts an energy as high, in ft-lbf (500). */
  public double thresholdFtLbf() {
    return thresholdFtLbf;
  }

  /** How near a released energy a person must be to count as within reach, in ft (6). */
  public double proximityFt() {
    return proximityFt;
  }

  /** The most a ladder's steps are apart, in inches (14). */
  public double ladderStepInches() {
    return ladderStepInches;
  }

  /** Every limit, in file order. */
  public List<Limit> limits() {
    return limits;
  }

  /** The limit setsafe uses for a measure, if any. */
  public Optional<Limit> limit(Measure measure) {
    return limits.stream().filter(l -> l.measure() == measure && l.used()).findFirst();
  }

  /** setsafe's presumption for a hazard category (unknown for one the file does not name). */
  public Presumption presumption(Category category) {
    Presumption p = categories.get(category);
    return p != null ? p : new Presumption(category, Answer.UNKNOWN, null, "not in the rules");
  }

  /** The sources the rules cite, by id, in file order. */
  public Map<String, Source> sources() {
    return sources;
  }

  /** Reads a rules file; a malformed one is a {@link ProtocolException} naming the place. */
  public static HighEnergyRules load(Path file) {
    String name = file.getFileName().toString();
    Object root;
    try {
      root = JsonValues.parse(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new ProtocolException(
          name + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Object s : JsonValues.list(JsonValues.get(root, "sources"))) {
      Source src =
          new Source(
              text(s, "id", name + ": sources"),
              text(s, "title", name + ": sources"),
              JsonValues.text(JsonValues.get(s, "publisher"), ""),
              text(s, "url", name + ": sources"),
              JsonValues.text(JsonValues.get(s, "says"), ""));
      sources.put(src.id(), src);
    }
    Object threshold = JsonValues.get(root, "threshold");
    Object proximity = JsonValues.get(root, "proximity");
    Object ladder = JsonValues.get(root, "ladder_step_spacing");
    List<Limit> limits = new ArrayList<>();
    int i = 0;
    for (Object l : JsonValues.list(JsonValues.get(root, "limits"))) {
      String where = name + ": limits[" + i++ + "]";
      Measure measure = parse(Measure.class, "measure", text(l, "measure", where), where);
      String unit = text(l, "unit", where);
      limits.add(
          new Limit(
              text(l, "id", where),
              parse(Energy.class, "energy", text(l, "energy", where), where),
              measure,
              number(l, "at_least", where),
              unit(measure, unit, where),
              Boolean.TRUE.equals(JsonValues.get(l, "confirmed")),
              !Boolean.FALSE.equals(JsonValues.get(l, "used")),
              cited(l, sources, where),
              JsonValues.text(JsonValues.get(l, "note"), "")));
    }
    Map<Category, Presumption> categories = new EnumMap<>(Category.class);
    Object cats = JsonValues.get(root, "categories");
    if (cats instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String where = name + ": categories." + e.getKey();
        Category c = parse(Category.class, "category", String.valueOf(e.getKey()), where);
        Object energy = JsonValues.get(e.getValue(), "energy");
        categories.put(
            c,
            new Presumption(
                c,
                parse(Answer.class, "answer", text(e.getValue(), "presumed", where), where),
                energy == null
                    ? null
                    : parse(Energy.class, "energy", text(e.getValue(), "energy", where), where),
                text(e.getValue(), "why", where)));
      }
    }
    return new HighEnergyRules(
        number(threshold, "value", name + ": threshold"),
        number(proximity, "value", name + ": proximity"),
        number(ladder, "at_most", name + ": ladder_step_spacing"),
        limits,
        categories,
        sources);
  }

  private static List<Source> cited(Object node, Map<String, Source> sources, String where) {
    List<Source> out = new ArrayList<>();
    for (Object id : JsonValues.list(JsonValues.get(node, "sources"))) {
      Source s = sources.get(JsonValues.text(id, ""));
      if (s == null) {
        throw new ProtocolException(where + ": unknown source '" + id + "'");
      }
      out.add(s);
    }
    return out;
  }

  private static String unit(Measure measure, String unit, String where) {
    String u = unit.strip();
    String want = measure.unit();
    if (!u.equalsIgnoreCase(want)) {
      throw new ProtocolException(
          where
              + ": a limit on "
              + measure.code()
              + " is written in "
              + want
              + ", not '"
              + u
              + "'");
    }
    return want;
  }

  private static double number(Object node, String field, String where) {
    Object v = JsonValues.get(node, field);
    if (!(v instanceof Number n)) {
      throw new ProtocolException(where + ": '" + field + "' is missing or not a number");
    }
    return n.doubleValue();
  }

  private static String text(Object node, String field, String where) {
    Object v = JsonValues.get(node, field);
    if (!(v instanceof String s) || s.isBlank()) {
      throw new ProtocolException(where + ": '" + field + "' is missing or not text");
    }
    return s;
  }

  private static <E extends Enum<E> & Coded> E parse(
      Class<E> type, String what, String text, String where) {
    try {
      return Objects.requireNonNull(Coded.parse(type, what, text));
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(where + ": " + e.getMessage());
    }
  }
}
