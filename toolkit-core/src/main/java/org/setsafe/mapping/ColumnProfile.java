package org.setsafe.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values seen in one column of a log, and what they look like. */
final class ColumnProfile {

  /** What a column's values look like. */
  enum Kind {
    EMPTY,
    FLAG,
    DATE,
    DATE_TIME,
    TIME,
    NUMBER,
    CATEGORICAL,
    TEXT
  }

  static final Set<String> YES =
      Set.of("y", "yes", "x", "\u2713", "\u2714", "true", "1", "pass", "passed", "ok", "done");
  static final Set<String> NO = Set.of("n", "no", "false", "0", "fail", "failed");
  static final Set<String> NOT_APPLICABLE = Set.of("n/a", "na", "-", "not applicable", "n.a.");
  static final Set<String> DONT_KNOW = Set.of("?", "unknown", "u", "unsure", "not known");

  private static final Pattern NUMERIC_DATE =
      Pattern.compile(
          "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})"
              + "(?:[ T](\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*([AaPp][Mm]))?)?");
  private static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
  private static final Pattern NAMED_DATE =
      Pattern.compile("(\\d{1,2})([ -])([A-Za-z]{3})[a-z]*\\.?\\2(\\d{4}|\\d{2})");
  private static final Pattern TIME =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  final String header;
  final String norm;
  long filled;
  final Map<String, String> display = new LinkedHashMap<>();
  final Map<String, Long> counts = new LinkedHashMap<>();
  final Map<String, Long> forms = new LinkedHashMap<>();
  boolean many;
  long dates;
  long dateTimes;
  long isoDates;
  long namedDates;
  long times;
  long numbers;
  int maxFirst;
  int maxSecond;
  final Set<String> separators = new HashSet<>();
  boolean twoDigitYear;
  boolean fourDigitYear;
  boolean amPm;
  boolean seconds;
  String firstDate;
  long totalLength;

  ColumnProfile(String header) {
    this.header = header;
    this.norm = HeaderWords.normalise(header);
  }

  void add(String raw) {
    String v = raw.strip();
    if (v.isEmpty()) {
      return;
    }
    filled++;
    totalLength += v.length();
    String key = v.toLowerCase(Locale.ROOT);
    if (counts.containsKey(key) || counts.size() < MappingDraft.DISTINCT) {
      display.putIfAbsent(key, v);
      counts.merge(key, 1L, Long::sum);
      if (!display.get(key).equals(v)) {
        // the form written most often stands for the value
        long as = forms.merge(v, 1L, Long::sum);
        if (as > forms.getOrDefault(display.get(key), 0L)) {
          display.put(key, v);
        }
      } else {
        forms.merge(v, 1L, Long::sum);
      }
    } else {
      many = true;
    }
    if (NUMBER.matcher(v).matches()) {
      numbers++;
    }
    if (TIME.matcher(v).matches()) {
      times++;
    }
    Matcher m = NUMERIC_DATE.matcher(v);
    if (m.matches()) {
      dates++;
      if (firstDate == null) {
        firstDate = v;
      }
      maxFirst = Math.max(maxFirst, Integer.parseInt(m.group(1)));
      maxSecond = Math.max(maxSecond, Integer.parseInt(m.group(3)));
      separators.add(m.group(2));
      twoDigitYear |= m.group(4).length() == 2;
      fourDigitYear |= m.group(4).length() == 4;
      if (m.group(5) != null) {
        dateTimes++;
        amPm |= m.group(7) != null;
        seconds |= v.matches(".*\\d:\\d{2}:\\d{2}.*");
      }
    } else if (ISO_DATE.matcher(v).matches()) {
      dates++;
      isoDates++;
      if (v.length() > 10) {
        dateTimes++;
      }
    } else if (NAMED_DATE.matcher(v).matches()) {
      dates++;
      namedDates++;
      if (firstDate == null) {
        firstDate = v;
      }
    }
  }

  Kind kind() {
    if (filled == 0) {
      return Kind.EMPTY;
    }
    if (dates == filled) {
      return dateTimes == filled ? Kind.DATE_TIME : Kind.DATE;
    }
    if (times == filled) {
      return Kind.TIME;
    }
    if (numbers == filled) {
      return Kind.NUMBER;
    }
    if (!many && isFlag()) {
      return Kind.FLAG;
    }
    if (!many && counts.size() <= 24 && totalLength / filled <= 40) {
      return Kind.CATEGORICAL;
    }
    return Kind.TEXT;
  }

  boolean isFlag() {
    boolean yesOrNo = false;
    for (String k : counts.keySet()) {
      if (YES.contains(k) || NO.contains(k)) {
        yesOrNo = true;
      } else if (!NOT_APPLICABLE.contains(k) && !DONT_KNOW.contains(k)) {
        return false;
      }
    }
    return yesOrNo;
  }

  boolean mostlyUnique() {
    return many || counts.size() >= filled * 0.9;
  }

  List<String> values() {
    return new ArrayList<>(display.values());
  }
}
