package org.setsafe.risk;

import java.util.List;
import java.util.Objects;

/**
 * For one control a scene lacks: the historical incidents where it failed, and the production's own
 * incidents where it failed (only when its log was given; null otherwise, never 0 or empty for
 * unknown).
 *
 * @param history the historical record's incidents where the check failed (recorded, not inferred)
 * @param production the production's own incidents where it failed, or null when no log was given
 */
public record ControlLessons(
    String checkId, String title, List<Lesson> history, List<Lesson> production) {

  public ControlLessons {
    Objects.requireNonNull(checkId, "checkId");
    history = List.copyOf(history);
    production = production == null ? null : List.copyOf(production);
  }
}
