package org.setsafe.compare;

import java.util.List;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Role;

/**
 * The legal, regulatory and civil outcomes of one party role, side by side.
 *
 * @param role the parties' role, or null for parties whose role is not given
 * @param perIncident one list per compared incident, in comparison order (empty where there is
 *     none)
 */
public record OutcomeLine(Role role, List<List<LegalOutcome>> perIncident) {
  public OutcomeLine {
    perIncident = perIncident.stream().map(List::copyOf).toList();
  }
}
