package org.setsafe.model;

import java.util.function.Predicate;

/**
 * Which incidents to keep: every criterion that is given must hold; a null criterion keeps all.
 *
 * @param category only incidents of this category
 * @param atLeast only incidents of this severity or worse (severities are ordered from a near miss
 *     to a death)
 * @param fromYear only incidents in or after this year
 * @param toYear only incidents in or before this year
 * @param failedCheck only incidents where this check (an id) failed or was not performed
 * @param role only incidents that involve this role, among the people or the parties to an outcome
 */
public record IncidentFilter(
    Category category,
    Severity atLeast,
    Integer fromYear,
    Integer toYear,
    String failedCheck,
    Role role)
    implements Predicate<IncidentRecord> {

  /** Keeps every incident. */
  public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null, null);

  @Override
  public boolean test(IncidentRecord r) {
    Incident i = r.incident();
    return (category == null || i.category() == category)
        && (atLeast == null || i.severity().compareTo(atLeast) >= 0)
        && (fromYear == null || i.date().year() >= fromYear)
        && (toYear == null || i.date().year() <= toYear)
        && (failedCheck == null
            || r.failedChecks().stream().anyMatch(c -> c.checkId().equals(failedCheck)))
        && (role == null
            || r.people().stream().anyMatch(p -> p.role() == role)
            || r.outcomes().stream().anyMatch(o -> o.partyRole() == role));
  }
}
