package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;

/**
 * The high-potential near misses of a log: near misses whose failed checks preceded a death or a
 * conviction in history, or whose hazard is one that kills (firearms, pyrotechnics, aviation,
 * stunts, railroads). Counts all of them and keeps the {@link #LIMIT} latest, so memory stays
 * bounded; analyses of parts merge into the whole.
 */
public final class HighPotential implements Consumer<IncidentRecord> {
  /** Near misses listed; the rest are counted. */
  public static final int LIMIT = 25;

  /** The hazards whose near misses are high-potential whatever their checks. */
  public static final Set<Category> CATEGORIES =
      EnumSet.of(
          Category.FIREARM,
          Category.PYROTECHNICS,
          Category.AVIATION,
          Category.STUNT,
          Category.RAILROAD);

  /**
   * One high-potential near miss.
   *
   * @param graveChecks its failed checks that failed in history before a death or a conviction
   * @param hazard whether its category alone makes it high-potential
   */
  public record Entry(
      String id,
      PartialDate date,
      String title,
      Category category,
      List<String> graveChecks,
      boolean hazard) {}

  private static final Comparator<Entry> LATEST_FIRST =
      Comparator.comparing(Entry::date).reversed().thenComparing(Entry::id);

  private final History history;
  private final TreeSet<Entry> kept = new TreeSet<>(LATEST_FIRST);
  private long count;

  /**
   * @param history the historical record, or null to judge by hazard alone
   */
  public HighPotential(History history) {
    this.history = history;
  }

  @Override
  public void accept(IncidentRecord r) {
    if (r.incident().severity() != Severity.NEAR_MISS) {
      return;
    }
    List<String> grave = new ArrayList<>();
    if (history != null) {
      for (CheckResult c : r.checks()) {
        if (c.status().failure()
            && !grave.contains(c.checkId())
            && !history.graveFailures(c.checkId()).isEmpty()) {
          grave.add(c.checkId());
        }
      }
    }
    boolean hazard = CATEGORIES.contains(r.incident().category());
    if (grave.isEmpty() && !hazard) {
      return;
    }
    count++;
    keep(
        new Entry(
            r.id(),
            r.incident().date(),
            r.incident().title(),
            r.incident().category(),
            List.copyOf(grave),
            hazard));
  }

  private void keep(Entry e) {
    kept.add(e);
    if (kept.size() > LIMIT) {
      kept.pollLast();
    }
  }

  public HighPotential merge(HighPotential other) {
    count += other.count;
    other.kept.forEach(this::keep);
    return this;
  }

  /** All high-potential near misses counted. */
  public long count() {
    return count;
  }

  /** The latest {@link #LIMIT} of them, latest first. */
  public List<Entry> entries() {
    return List.copyOf(kept);
  }

  /** Whether checks were judged against history (else by hazard alone). */
  public boolean withHistory() {
    return history != null;
  }
}
