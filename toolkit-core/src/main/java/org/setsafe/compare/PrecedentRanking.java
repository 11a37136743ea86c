package org.setsafe.compare;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.IncidentRecord;

/**
 * The precedents of one target incident, best first.
 *
 * @param checksAssessed whether any check of the target was assessed (failed, passed or not
 *     performed); when not, its precedents rest on category, activity and roles only
 * @param targetFailedChecks ids of the checks the target failed
 * @param candidates how many incidents were considered (the target itself excluded)
 * @param precedents the best {@code top} with a score above 0
 */
public record PrecedentRanking(
    IncidentRecord target,
    boolean checksAssessed,
    List<String> targetFailedChecks,
    int candidates,
    List<Precedent> precedents) {

  public PrecedentRanking {
    Objects.requireNonNull(target, "target");
    targetFailedChecks = List.copyOf(targetFailedChecks);
    precedents = List.copyOf(precedents);
  }
}
