package org.setsafe.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers with units a text holds ("fell 6 ft", "fired at 8 ft", "a 6-foot stepladder", "2 m",
 * "480 volts", "13.8 kV", "35 mph", "110°F", "500 lb", "14 hours"), each with its words as written,
 * where they are, and its value normalised to one unit per dimension, so that "20 feet" and "6.1 m"
 * compare.
 *
 * <p>Numbers are written in digits ("1,200", "13.8") or in words up to ninety-nine ("six feet",
 * "twenty-five feet"); a range ("42-44 ft", "8 to 10 feet") keeps both ends; feet and inches
 * together ("6'2\"", "6 ft 2 in") are one length. Temperatures need a degree sign or the word
 * ("110°F", "40 degrees C", "110 Fahrenheit"), since "Scene 12C" is not a temperature; an inch
 * needs its mark or the word ("6\"", "6 inches"), since "6 in the morning" is not a length.
 */
public final class Quantities {
  private Quantities() {}

  /** What a quantity measures, with the unit its values are normalised to. */
  public enum Dimension {
    LENGTH("m"),
    VOLTAGE("V"),
    CURRENT("A"),
    SPEED("km/h"),
    TEMPERATURE("°C"),
    MASS("kg"),
    PRESSURE("kPa"),
    DURATION("h");

    private final String base;

    Dimension(String base) {
      this.base = base;
    }

    /** The symbol of the unit values of this dimension are normalised to. */
    public String base() {
      return base;
    }
  }

  /** A unit setsafe reads, with its factor to its dimension's base unit. */
  public enum Unit {
    FOOT(Dimension.LENGTH, 0.3048, "ft"),
    INCH(Dimension.LENGTH, 0.0254, "in"),
    YARD(Dimension.LENGTH, 0.9144, "yd"),
    MILLIMETRE(Dimension.LENGTH, 0.001, "mm"),
    CENTIMETRE(Dimension.LENGTH, 0.01, "cm"),
    METRE(Dimension.LENGTH, 1, "m"),
    KILOMETRE(Dimension.LENGTH, 1000, "km"),
    MILE(Dimension.LENGTH, 1609.344, "mi"),
    VOLT(Dimension.VOLTAGE, 1, "V"),
    KILOVOLT(Dimension.VOLTAGE, 1000, "kV"),
    AMPERE(Dimension.CURRENT, 1, "A"),
    MILLIAMPERE(Dimension.CURRENT, 0.001, "mA"),
    KILOMETRE_PER_HOUR(Dimension.SPEED, 1, "km/h"),
    MILE_PER_HOUR(Dimension.SPEED, 1.609344, "mph"),
    KNOT(Dimension.SPEED, 1.852, "kn"),
    CELSIUS(Dimension.TEMPERATURE, 1, "°C"),
    FAHRENHEIT(Dimension.TEMPERATURE, 5.0 / 9, "°F"),
    KILOGRAM(Dimension.MASS, 1, "kg"),
    POUND(Dimension.MASS, 0.45359237, "lb"),
    TON(Dimension.MASS, 907.18474, "ton"),
    TONNE(Dimension.MASS, 1000, "t"),
    PSI(Dimension.PRESSURE, 6.894757, "psi"),
    BAR(Dimension.PRESSURE, 100, "bar"),
    HOUR(Dimension.DURATION, 1, "h"),
    MINUTE(Dimension.DURATION, 1.0 / 60, "min"),
    DAY(Dimension.DURATION, 24, "day"),
    WEEK(Dimension.DURATION, 168, "week");

    private final Dimension dimension;
    private final double factor;
    private final String symbol;

    Unit(Dimension dimension, double factor, String symbol) {
      this.dimension = dimension;
      this.factor = factor;
      this.symbol = symbol;
    }

    public Dimension dimension() {
      return dimension;
    }

    /** The unit's symbol ("ft", "kV", "°F"). */
    public String symbol() {
      return symbol;
    }

    /** {@code value} in this unit, in the dimension's base unit. */
    public double toBase(double value) {
      return this == FAHRENHEIT ? (value - 32) * factor : value * factor;
    }

    /** {@code base} (in the dimension's base unit) in this unit. */
    public double fromBase(double base) {
      return this == FAHRENHEIT ? base / factor + 32 : base / factor;
    }

    /** The unit for a symbol or name ("ft", "feet", "kV"), ignoring case; null if none. */
    public static Unit of(String name) {
      return NAMES.get(name.strip().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * A number with its unit, found in a text.
   *
   * @param low the number as written (the lower end of a range)
   * @param high the upper end of a range; {@code low} when not a range
   * @param unit the unit written
   * @param words the number and unit as written ("6-foot", "13.8 kV", "42-44 ft")
   * @param start where {@code words} starts in the text (a char offset)
   * @param end where it ends (exclusive)
   */
  public record Quantity(double low, double high, Unit unit, String words, int start, int end) {
    public Quantity {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(words, "words");
      if (high < low) {
        throw new IllegalArgumentException("a range ends above its start: " + words);
      }
    }

    public Dimension dimension() {
      return unit.dimension();
    }

    /** The lower end (the number when not a range), in the dimension's base unit. */
    public double lowBase() {
      return unit.toBase(low);
    }

    /** The upper end (the number when not a range), in the dimension's base unit. */
    public double highBase() {
      return unit.toBase(high);
    }

    /** The lower end (the number when not a range) in {@code other}, of the same dimension. */
    public double lowIn(Unit other) {
      return other.fromBase(lowBase(other));
    }

    /** The upper end (the number when not a range) in {@code other}, of the same dimension. */
    public double highIn(Unit other) {
      return other.fromBase(highBase(other));
    }

    private double lowBase(Unit other) {
      same(other);
      return lowBase();
    }

    private double highBase(Unit other) {
      same(other);
      return highBase();
    }

    private void same(Unit other) {
      if (other.dimension() != unit.dimension()) {
        throw new IllegalArgumentException(
            words + " is a " + unit.dimension() + ", not a " + other.dimension());
      }
    }

    public boolean range() {
      return high != low;
    }
  }

  /** Unit names (lower case) to units: what may follow a number. */
  private static final Map<String, Unit> NAMES = names();

  private static Map<String, Unit> names() {
    Map<String, Unit> m = new LinkedHashMap<>();
    put(m, Unit.FOOT, "ft", "ft.", "feet", "foot", "'", "’", "′");
    put(m, Unit.INCH, "in.", "inch", "inches", "\"", "”", "″", "''");
    put(m, Unit.YARD, "yd", "yds", "yard", "yards");
    put(m, Unit.MILLIMETRE, "mm", "millimetre", "millimetres", "millimeter", "millimeters");
    put(m, Unit.CENTIMETRE, "cm", "centimetre", "centimetres", "centimeter", "centimeters");
    put(m, Unit.METRE, "m", "metre", "metres", "meter", "meters");
    put(m, Unit.KILOMETRE, "km", "kilometre", "kilometres", "kilometer", "kilometers");
    put(m, Unit.MILE, "mile", "miles");
    put(m, Unit.VOLT, "v", "volt", "volts", "vac", "vdc");
    put(m, Unit.KILOVOLT, "kv", "kilovolt", "kilovolts");
    put(m, Unit.AMPERE, "amp", "amps", "ampere", "amperes");
    put(m, Unit.MILLIAMPERE, "ma", "milliamp", "milliamps", "milliampere", "milliamperes");
    put(
        m,
        Unit.KILOMETRE_PER_HOUR,
        "km/h",
        "kmh",
        "kph",
        "km/hr",
        "kmph",
        "km per hour",
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour");
    put(
        m,
        Unit.MILE_PER_HOUR,
        "mph",
        "mi/h",
        "miles per hour",
        "miles an hour",
        "mile per hour",
        "mile an hour");
    put(m, Unit.KNOT, "knot", "knots", "kt", "kts");
    put(
        m,
        Unit.CELSIUS,
        "°c",
        "ºc",
        "° c",
        "º c",
        "degrees c",
        "degree c",
        "deg c",
        "degrees celsius",
        "degree celsius",
        "degrees centigrade",
        "celsius",
        "centigrade",
        "℃");
    put(
        m,
        Unit.FAHRENHEIT,
        "°f",
        "ºf",
        "° f",
        "º f",
        "degrees f",
        "degree f",
        "deg f",
        "degrees fahrenheit",
        "degree fahrenheit",
        "fahrenheit",
        "℉");
    put(m, Unit.KILOGRAM, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms");
    put(m, Unit.POUND, "lb", "lbs", "lb.", "lbs.", "pound", "pounds");
    put(m, Unit.TON, "ton", "tons");
    put(m, Unit.TONNE, "tonne", "tonnes", "metric ton", "metric tons");
    put(m, Unit.PSI, "psi");
    put(m, Unit.BAR, "bar");
    put(m, Unit.HOUR, "h", "hr", "hrs", "hour", "hours");
    put(m, Unit.MINUTE, "min", "mins", "minute", "minutes");
    put(m, Unit.DAY, "day", "days");
    put(m, Unit.WEEK, "week", "weeks");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Unit> m, Unit u, String... names) {
    for (String n : names) {
      m.put(n, u);
    }
  }

  private static final String[] ONES = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  /** Number words to their values, up to ninety-nine. */
  private static final Map<String, Integer> NUMBER_WORDS = numberWords();

  private static Map<String, Integer> numberWords() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < ONES.length; i++) {
      m.put(ONES[i], i);
    }
    for (int t = 0; t < TENS.length; t++) {
      m.put(TENS[t], 20 + 10 * t);
    }
    return Map.copyOf(m);
  }

  private static final String NUMBER_WORD =
      "(?:(?:"
          + String.join("|", TENS)
          + ")(?:[- ](?:one|two|three|four|five|six|seven|eight"
          + "|nine))?|"
          + String.join("|", reversed(ONES))
          + ")";

  private static String[] reversed(String[] a) {
    String[] r = new String[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[a.length - 1 - i];
    }
    return r;
  }

  private static final String DIGITS =
      "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
  private static final String NUMBER = "(?:" + DIGITS + "|" + NUMBER_WORD + ")";

  /** Unit names as a regex alternation, longest first (so "feet" wins over "f"). */
  private static final String UNITS = units();

  private static String units() {
    List<String> names = new ArrayList<>(NAMES.keySet());
    names.sort((a, b) -> Integer.compare(b.length(), a.length()));
    List<String> quoted = new ArrayList<>();
    for (String n : names) {
      quoted.add(Pattern.quote(n).replace(" ", "\\E\\s*\\Q").replace("\\Q\\E", ""));
    }
    return String.join("|", quoted);
  }

  /** Number, optional range, unit; feet may be followed by inches. */
  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?<![\\p{L}\\d.,])(?<low>"
              + NUMBER
              + ")(?:\\s*(?:-|–|—|to)\\s*(?<high>"
              + NUMBER
              + "))?(?:\\s*-\\s*|\\s*)(?<unit>"
              + UNITS
              + ")(?<inches>\\s*(?<in>\\d+(?:\\.\\d+)?)\\s*(?:\"|”|″|''|in\\.|inch(?:es)?|in(?![\\p{L}\\d])))?"
              + "(?![\\p{L}\\d])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Every quantity in {@code text}, in text order, none overlapping. */
  public static List<Quantity> find(String text) {
    List<Quantity> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      Unit unit = Unit.of(m.group("unit").replaceAll("\\s+", " "));
      if (unit == null || !plausible(m)) {
        continue;
      }
      double low = number(m.group("low"));
      double high = m.group("high") == null ? low : number(m.group("high"));
      if (high < low) {
        continue;
      }
      if (m.group("in") != null && unit == Unit.FOOT) {
        double inches = Double.parseDouble(m.group("in")) / 12;
        low += inches;
        high += inches;
      }
      int end = m.group("in") != null && unit == Unit.FOOT ? m.end() : m.end("unit");
      out.add(new Quantity(low, high, unit, text.substring(m.start(), end), m.start(), end));
    }
    return out;
  }

  /** The quantities of one dimension in {@code text}. */
  public static List<Quantity> find(String text, Dimension dimension) {
    return find(text).stream().filter(q -> q.dimension() == dimension).toList();
  }

  /**
   * Rejects a number word before a one-letter symbol or a mark ("one m", "six'"): written out, a
   * number takes a unit's name.
   */
  private static boolean plausible(Matcher m) {
    String low = m.group("low");
    boolean word = Character.isLetter(low.charAt(low.length() - 1));
    String u = m.group("unit");
    return !word || (u.length() > 1 && Character.isLetter(u.charAt(0)));
  }

  private static double number(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.')) {
      return Double.parseDouble(t.replace(",", ""));
    }
    String[] parts = t.split("[- ]");
    int v = 0;
    for (String p : parts) {
      Integer n = NUMBER_WORDS.get(p);
      if (n == null) {
        throw new IllegalStateException("not a number word: " + s);
      }
      v += n;
    }
    return v;
  }
}
