package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;
import org.setsafe.model.Severity;

/**
 * The historical record as a benchmark for a production's log: for each check, the historical
 * incidents where it failed. Never merged with a production's figures; it only answers "where did
 * this check fail before, and what followed there". Held in memory (the record is small).
 */
public final class History {
  private final List<IncidentRecord> incidents;
  private final Map<String, List<IncidentRecord>> failedIn = new HashMap<>();

  /**
   * @param incidents the historical incidents (the reference dataset)
   */
  public History(List<IncidentRecord> incidents) {
    List<IncidentRecord> sorted = new ArrayList<>(incidents);
    sorted.sort(
        Comparator.comparing((IncidentRecord r) -> r.incident().date()).thenComparing(r -> r.id()));
    this.incidents = List.copyOf(sorted);
    for (IncidentRecord r : this.incidents) {
      Set<String> seen = new LinkedHashSet<>();
      for (CheckResult c : r.checks()) {
        if (c.status().failure() && seen.add(c.checkId())) {
          failedIn.computeIfAbsent(c.checkId(), k -> new ArrayList<>()).add(r);
        }
      }
    }
  }

  /** Every historical incident, oldest first. */
  public List<IncidentRecord> incidents() {
    return incidents;
  }

  /** The historical incidents where {@code checkId} failed (or was not performed), oldest first. */
  public List<IncidentRecord> failedIn(String checkId) {
    return failedIn.getOrDefault(checkId, List.of());
  }

  /** Whether someone died in the incident or a party was convicted (pleas included) after it. */
  public static boolean grave(IncidentRecord r) {
    if (r.incident().severity() == Severity.FATAL) {
      return true;
    }
    for (LegalOutcome o : r.outcomes()) {
      if (o.kind() == OutcomeKind.CRIMINAL && o.disposition().conviction()) {
        return true;
      }
    }
    return false;
  }

  /** The historical incidents where {@code checkId} failed and someone died or was convicted. */
  public List<IncidentRecord> graveFailures(String checkId) {
    return failedIn(checkId).stream().filter(History::grave).toList();
  }
}
