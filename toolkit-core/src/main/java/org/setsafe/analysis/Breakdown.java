package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.setsafe.model.IncidentRecord;

/**
 * Incidents grouped by a free-text field a log records (department, location, production): one
 * {@link Tally} per value, values that differ only in case or spacing counted together. Memory is
 * bounded: past {@link #LIMIT} distinct values, incidents with a new value are counted together as
 * "other" and {@link #overflowed()} says so. Below the limit, merging breakdowns of parts equals
 * the breakdown of the whole in any order.
 */
public final class Breakdown {
  /** Distinct values kept before the rest are gathered. */
  public static final int LIMIT = 5_000;

  /** One value and its counts. */
  public record Group(String label, Tally tally) {}

  private final Map<String, Group> groups = new HashMap<>();
  private final Tally notRecorded = new Tally();
  private final Tally other = new Tally();

  void add(String value, IncidentRecord r) {
    if (value == null) {
      notRecorded.add(r);
      return;
    }
    String key = key(value);
    Group g = groups.get(key);
    if (g == null) {
      if (groups.size() >= LIMIT) {
        other.add(r);
        return;
      }
      g = new Group(display(value), new Tally());
      groups.put(key, g);
    } else {
      String d = display(value);
      if (d.compareTo(g.label()) < 0) {
        // the same spelling whatever the order the rows come in
        Group renamed = new Group(d, g.tally());
        groups.put(key, renamed);
        g = renamed;
      }
    }
    g.tally().add(r);
  }

  void merge(Breakdown o) {
    o.groups.forEach(
        (key, g) -> {
          Group mine = groups.get(key);
          if (mine == null) {
            if (groups.size() >= LIMIT) {
              other.merge(g.tally());
              return;
            }
            mine = new Group(g.label(), new Tally());
            groups.put(key, mine);
          } else if (g.label().compareTo(mine.label()) < 0) {
            mine = new Group(g.label(), mine.tally());
            groups.put(key, mine);
          }
          mine.tally().merge(g.tally());
        });
    notRecorded.merge(o.notRecorded);
    other.merge(o.other);
  }

  private static String key(String value) {
    return display(value).toLowerCase(Locale.ROOT);
  }

  /** The value with its spaces trimmed and runs of white space made one space. */
  static String display(String value) {
    String v = value.strip();
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(v.charAt(i - 1)))) {
        return v.replaceAll("\\s+", " ");
      }
    }
    return v;
  }

  /** The values recorded, most incidents first (ties by label). */
  public List<Group> groups() {
    List<Group> out = new ArrayList<>(groups.values());
    out.sort(
        Comparator.comparingLong((Group g) -> g.tally().incidents())
            .reversed()
            .thenComparing(Group::label));
    return out;
  }

  /** Distinct values recorded (up to {@link #LIMIT}). */
  public int size() {
    return groups.size();
  }

  /** Incidents with no value recorded. */
  public Tally notRecorded() {
    return notRecorded;
  }

  /** Incidents whose value came after {@link #LIMIT} others (empty unless overflowed). */
  public Tally other() {
    return other;
  }

  public boolean overflowed() {
    return other.incidents() > 0;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    groups().forEach(g -> b.append(g.label()).append('=').append(g.tally()).append("; "));
    return b.append("none=").append(notRecorded).append(" other=").append(other).toString();
  }
}
