package org.setsafe.compare;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Role;
import org.setsafe.protocol.HfacsLayer;

/**
 * One incident ranked as a precedent of a target incident, with what explains its score.
 *
 * @param rank 1 for the most similar
 * @param score the sum of the components' points, rounded to 4 decimals, 0 to 1
 * @param components one per {@link Factor}, in the factor order
 * @param sharedFailedChecks ids of the checks both failed, in protocol order
 * @param failedInEither how many distinct checks failed in either incident (the Jaccard
 *     denominator)
 * @param sharedRoles roles involved in both
 * @param sharedLayers HFACS layers with failures in both
 */
public record Precedent(
    int rank,
    IncidentRecord record,
    double score,
    List<Component> components,
    List<String> sharedFailedChecks,
    int failedInEither,
    boolean sameCategory,
    boolean sameActivity,
    List<Role> sharedRoles,
    List<HfacsLayer> sharedLayers) {

  public Precedent {
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1 (was " + rank + ")");
    }
    Objects.requireNonNull(record, "record");
    components = List.copyOf(components);
    sharedFailedChecks = List.copyOf(sharedFailedChecks);
    sharedRoles = List.copyOf(sharedRoles);
    sharedLayers = List.copyOf(sharedLayers);
  }

  public String id() {
    return record.id();
  }

  public Component component(Factor f) {
    return components.stream().filter(c -> c.factor() == f).findFirst().orElseThrow();
  }
}
