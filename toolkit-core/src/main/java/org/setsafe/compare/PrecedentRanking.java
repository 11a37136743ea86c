package org.setsafe.compare;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.IncidentRecord;

/**
 * The precedents of one target incident, in two lists ranked apart: in history (the reference data
 * and any other datasets given) and in the user's own log (the other incidents of the input the
 * target came from). A production's own near misses never crowd history out.
 *
 * @param target the incident, with any checks suggested from its words added as {@code inferred}
 * @param checksAssessed whether any of its recorded checks was assessed (failed, passed or not
 *     performed); checks suggested from its words do not count
 * @param targetFailedChecks ids of the checks the target's record says failed (not inferred)
 * @param targetInferredChecks ids of the failures that are only inferred, e.g. suggested from its
 *     description; they count at a lower weight
 * @param historyCandidates how many incidents of history were considered (the target excluded)
 * @param history the best {@code top} of history with a score above 0, best first
 * @param logCandidates how many other incidents of the user's log were considered
 * @param log the best {@code top} of them with a score above 0, best first
 */
public record PrecedentRanking(
    IncidentRecord target,
    boolean checksAssessed,
    List<String> targetFailedChecks,
    List<String> targetInferredChecks,
    int historyCandidates,
    List<Precedent> history,
    int logCandidates,
    List<Precedent> log) {

  public PrecedentRanking {
    Objects.requireNonNull(target, "target");
    targetFailedChecks = List.copyOf(targetFailedChecks);
    targetInferredChecks = List.copyOf(targetInferredChecks);
    history = List.copyOf(history);
    log = List.copyOf(log);
  }
}
