package org.setsafe.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.setsafe.mapping.ColumnMapping.Match;

/** A value map: translations by exact value, prefix or numeric range, and a default. */
final class ValueMap {
  private final Match match;
  private final Map<String, String> exact = new LinkedHashMap<>();
  private final List<Map.Entry<String, String>> prefixes = new ArrayList<>();
  private final List<Range> ranges = new ArrayList<>();
  private final String defaultValue;

  private record Range(BigDecimal low, BigDecimal high, String value) {
    boolean contains(BigDecimal v) {
      return v.compareTo(low) >= 0 && v.compareTo(high) <= 0;
    }
  }

  ValueMap(Match match, String defaultValue) {
    this.match = match;
    this.defaultValue = defaultValue;
  }

  /** Translates {@code raw}; an empty value stays empty. */
  public String apply(String raw) {
    if (raw.isEmpty()) {
      return raw;
    }
    String mapped = find(raw);
    if (mapped != null) {
      return mapped;
    }
    return defaultValue != null ? defaultValue : raw;
  }

  public String find(String raw) {
    switch (match) {
      case PREFIX:
        String lower = raw.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> p : prefixes) {
          if (lower.startsWith(p.getKey())) {
            return p.getValue();
          }
        }
        return null;
      case RANGE:
        BigDecimal v = number(raw);
        if (v != null) {
          for (Range r : ranges) {
            if (r.contains(v)) {
              return r.value();
            }
          }
        }
        return null;
      default:
        String m = exact.get(raw);
        return m != null ? m : exact.get(raw.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * What a person may not have meant by adding {@code key}: a range that overlaps one already there
   * (a value in both takes the first listed), a value that differs from another key only in case
   * and maps elsewhere; null when nothing.
   */
  String caution(String key, String value) {
    switch (match) {
      case RANGE:
        int dash = key.indexOf('-', 1);
        BigDecimal low = number(dash < 0 ? key : key.substring(0, dash));
        BigDecimal high = number(dash < 0 ? key : key.substring(dash + 1));
        if (low == null || high == null) {
          return null;
        }
        for (Range r : ranges) {
          if (low.compareTo(r.high()) <= 0 && high.compareTo(r.low()) >= 0) {
            return "the range '"
                + key
                + "' overlaps the range "
                + r.low().toPlainString()
                + "-"
                + r.high().toPlainString()
                + " (mapped to '"
                + r.value()
                + "'): a value in both takes the range listed first";
          }
        }
        return null;
      case EXACT:
        for (Map.Entry<String, String> e : originals.entrySet()) {
          if (!e.getKey().equals(key)
              && e.getKey().equalsIgnoreCase(key)
              && !e.getValue().equals(value)) {
            return "'"
                + key
                + "' differs from '"
                + e.getKey()
                + "' only in case, and the two map to different values ('"
                + value
                + "', '"
                + e.getValue()
                + "'); a value in yet another case takes the one listed first";
          }
        }
        return null;
      default:
        return null;
    }
  }

  /** The exact keys as written, in order, with their values. */
  private final Map<String, String> originals = new LinkedHashMap<>();

  /** Whether values the map does not name take a default (so none is left unread). */
  boolean hasDefault() {
    return defaultValue != null;
  }

  /**
   * The values the map reads, as the mapping writes them: {@code Y, N, N/A}; {@code values starting
   * with 43, 44}; {@code numbers in 1-9, 10-20}. At most twelve, then how many more.
   */
  String describe() {
    List<String> keys = new ArrayList<>();
    String lead = "";
    switch (match) {
      case PREFIX -> {
        lead = "values starting with ";
        prefixes.forEach(e -> keys.add(e.getKey()));
      }
      case RANGE -> {
        lead = "numbers in ";
        for (Range r : ranges) {
          keys.add(
              r.low().compareTo(r.high()) == 0
                  ? r.low().toPlainString()
                  : r.low().toPlainString() + "-" + r.high().toPlainString());
        }
      }
      default -> keys.addAll(originals.keySet());
    }
    int shown = Math.min(keys.size(), 12);
    String list = String.join(", ", keys.subList(0, shown));
    return lead + list + (keys.size() > shown ? " and " + (keys.size() - shown) + " more" : "");
  }

  /**
   * The key (as written) that {@code raw} most likely means the same as, for a mapping line to
   * propose: a yes, no or not-applicable word for a key of the same sort ({@code Yes} for {@code
   * Y}), else a key within a few edits or that {@code raw} begins; null when none is close.
   */
  String similarKey(String raw) {
    if (match != Match.EXACT) {
      return null;
    }
    String kind = yesNo(raw);
    if (kind != null) {
      for (String key : originals.keySet()) {
        if (kind.equals(yesNo(key))) {
          return key;
        }
      }
      return null;
    }
    List<String> close = org.setsafe.model.EditDistance.closest(raw, originals.keySet(), 1);
    return close.isEmpty() || yesNo(close.get(0)) != null ? null : close.get(0);
  }

  /** The translation of a key as written. */
  String translation(String key) {
    return originals.get(key);
  }

  /** The distinct translations, in the mapping's order. */
  List<String> translations() {
    return originals.values().stream().distinct().toList();
  }

  /** Which of yes, no and not applicable a cell's word says, or null for other words. */
  private static String yesNo(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "y", "yes", "true", "t", "x", "1", "\u2713", "\u2714" -> "yes";
      case "n", "no", "false", "f", "0", "\u2717", "\u2718" -> "no";
      case "n/a", "na", "n.a.", "not applicable" -> "n/a";
      default -> null;
    };
  }

  /** Adds a translation; returns a problem with the key, or null. */
  String put(String key, String value) {
    switch (match) {
      case PREFIX:
        if (key.isEmpty()) {
          return "an empty prefix would match every value; use \"default\" instead";
        }
        prefixes.add(Map.entry(key.toLowerCase(Locale.ROOT), value));
        prefixes.sort(
            Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                .reversed());
        return null;
      case RANGE:
        int dash = key.indexOf('-', 1);
        BigDecimal low = number(dash < 0 ? key : key.substring(0, dash));
        BigDecimal high = number(dash < 0 ? key : key.substring(dash + 1));
        if (low == null || high == null) {
          return "'" + key + "' is not a range; write it as LOW-HIGH (e.g. \"1-9\") or one number";
        }
        if (low.compareTo(high) > 0) {
          return "the range '" + key + "' runs backwards";
        }
        ranges.add(new Range(low, high, value));
        return null;
      default:
        exact.put(key, value);
        exact.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
        originals.putIfAbsent(key, value);
        return null;
    }
  }

  private static BigDecimal number(String s) {
    String t = s.strip();
    if (t.isEmpty() || !t.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return null;
    }
    return new BigDecimal(t);
  }
}
