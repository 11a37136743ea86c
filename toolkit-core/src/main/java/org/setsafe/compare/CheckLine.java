package org.setsafe.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.setsafe.model.CheckStatus;
import org.setsafe.protocol.HfacsLayer;

/**
 * One protocol check across the compared incidents.
 *
 * @param title the check's title from the protocols, or its id when it is not in them
 * @param layer the HFACS layer of the check, or null when it is not in the protocols
 * @param statuses incident id to status, for the incidents that have a result for this check; an
 *     incident missing from the map did not assess it
 * @param failedBy the ids of the incidents that failed it (or did not perform it), in comparison
 *     order
 */
public record CheckLine(
    String checkId,
    String title,
    HfacsLayer layer,
    Map<String, CheckStatus> statuses,
    List<String> failedBy,
    Spread spread) {

  public CheckLine {
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(title, "title");
    statuses = Map.copyOf(statuses);
    failedBy = List.copyOf(failedBy);
    Objects.requireNonNull(spread, "spread");
  }

  /** The status recorded for this incident, or null when the incident did not assess this check. */
  public CheckStatus status(String incidentId) {
    return statuses.get(incidentId);
  }
}
