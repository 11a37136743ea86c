package org.setsafe.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit as a description gives it ("fell 6 ft", "about 1.5 m", "a 20-foot
 * stand-off", "22-25 ft", "7,200 V", "40 mph", "150°F", "a 300 lb truss"), with where it stands in
 * the text. A range keeps both ends; a single number has {@code low == high}.
 *
 * @param start the offset in the text of the quantity's first character
 * @param end the offset just after its last character
 */
public record Quantity(double low, double high, Unit unit, int start, int end) {
  public Quantity {
    Objects.requireNonNull(unit, "unit");
    if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
      throw new IllegalArgumentException("bad range " + low + "-" + high);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + "-" + end);
    }
  }

  /** The low end, in {@code target} (a unit of the same dimension). */
  public double low(Unit target) {
    return unit.convert(low, target);
  }

  /** The high end, in {@code target} (a unit of the same dimension). */
  public double high(Unit target) {
    return unit.convert(high, target);
  }

  /**
   * Whether the quantity is at least {@code limit} of {@code limitUnit}: {@link Answer#YES} when
   * its low end is, {@link Answer#NO} when its high end is below, {@link Answer#UNKNOWN} for a
   * range across it or a unit of another dimension.
   */
  public Answer atLeast(double limit, Unit limitUnit) {
    if (limitUnit.dimension() != unit.dimension()) {
      return Answer.UNKNOWN;
    }
    if (low(limitUnit) >= limit - 1e-9) {
      return Answer.YES;
    }
    if (high(limitUnit) < limit - 1e-9) {
      return Answer.NO;
    }
    return Answer.UNKNOWN;
  }

  /** The quantity as written by setsafe: {@code 6 ft}, {@code 22-25 ft}, {@code 1.5 m}. */
  @Override
  public String toString() {
    return (low == high ? number(low) : number(low) + "-" + number(high))
        + (unit.symbol().startsWith("°") ? "" : " ")
        + unit.symbol();
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? String.valueOf((long) d)
        : String.valueOf(d).replaceAll("0+$", "");
  }

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100));

  private static final String NUMBER =
      "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|"
          + String.join(
              "|", WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
          + ")";

  /** Unit spellings, longest first within a unit, each with the unit it means. */
  private static final Object[][] UNITS = {
    {"miles per hour|miles an hour|mph|mi/h", Unit.MILE_PER_HOUR},
    {"kilometres per hour|kilometers per hour|km/h|kph|kmh", Unit.KILOMETRE_PER_HOUR},
    {"feet|foot|ft\\.?|'|’", Unit.FOOT},
    {"inches|inch|\"|”", Unit.INCH},
    {"millimetres|millimeters|millimetre|millimeter|mm", Unit.MILLIMETRE},
    {"centimetres|centimeters|centimetre|centimeter|cm", Unit.CENTIMETRE},
    {"metres|meters|metre|meter|m", Unit.METRE},
    {"kilovolts|kilovolt|kv", Unit.KILOVOLT},
    {"volts|volt|v", Unit.VOLT},
    {"degrees fahrenheit|degrees f|deg f|°\\s?f|ºf|℉", Unit.FAHRENHEIT},
    {"degrees celsius|degrees centigrade|degrees c|deg c|°\\s?c|ºc|℃", Unit.CELSIUS},
    {"pounds|pound|lbs|lb", Unit.POUND},
    {"kilograms|kilogram|kilos|kilo|kg", Unit.KILOGRAM},
    {"tonnes|tonne|metric tons", Unit.TONNE},
    {"tons|ton", Unit.TON},
  };

  private static final Pattern PATTERN;

  static {
    StringBuilder units = new StringBuilder();
    for (int i = 0; i < UNITS.length; i++) {
      units.append(i == 0 ? "" : "|").append("(?<u").append(i).append(">").append(UNITS[i][0]);
      units.append(')');
    }
    PATTERN =
        Pattern.compile(
            "(?<![\\w.,/])(?<low>"
                + NUMBER
                + ")(?:\\s?(?:-|–|to)\\s?(?<high>"
                + NUMBER
                + "))?(?:\\s?-\\s?|\\s?)(?:"
                + units
                + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Every quantity with a unit in {@code text}, in text order. */
  public static List<Quantity> find(String text) {
    List<Quantity> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      Unit unit = null;
      for (int i = 0; i < UNITS.length && unit == null; i++) {
        if (m.group("u" + i) != null) {
          unit = (Unit) UNITS[i][1];
        }
      }
      double low = value(m.group("low"));
      double high = m.group("high") == null ? low : value(m.group("high"));
      if (unit == null || Double.isNaN(low) || Double.isNaN(high)) {
        continue;
      }
      if ((unit == Unit.FOOT || unit == Unit.INCH)
          && !Character.isDigit(lastChar(m.group("low")))
          && m.group("high") == null
          && text.substring(m.end("low"), m.end()).strip().length() == 1) {
        continue; // "one'" is no length
      }
      out.add(new Quantity(Math.min(low, high), Math.max(low, high), unit, m.start(), m.end()));
    }
    return out;
  }

  private static char lastChar(String s) {
    return s.charAt(s.length() - 1);
  }

  private static double value(String number) {
    String n = number.toLowerCase(Locale.ROOT);
    Integer w = WORDS.get(n);
    if (w != null) {
      return w;
    }
    try {
      return Double.parseDouble(n.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
