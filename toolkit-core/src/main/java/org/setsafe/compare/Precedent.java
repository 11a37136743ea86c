package org.setsafe.compare;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Role;
import org.setsafe.protocol.HfacsLayer;

/**
 * One incident ranked as a precedent of a target incident, with what explains its score.
 *
 * @param rank 1 for the most similar in its list
 * @param score the sum of the components' points, rounded to 4 decimals, 0 to 1
 * @param components one per {@link Factor}, in the factor order
 * @param sharedChecks the checks both failed, in protocol order, with the confidence of each side
 * @param sharedWords the words and phrases both descriptions use, the most telling first, as the
 *     target writes them
 * @param sharedRoles roles involved in both
 * @param sharedLayers HFACS layers with failures in both
 */
public record Precedent(
    int rank,
    IncidentRecord record,
    double score,
    List<Component> components,
    List<SharedCheck> sharedChecks,
    List<String> sharedWords,
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
    sharedChecks = List.copyOf(sharedChecks);
    sharedWords = List.copyOf(sharedWords);
    sharedRoles = List.copyOf(sharedRoles);
    sharedLayers = List.copyOf(sharedLayers);
  }

  public String id() {
    return record.id();
  }

  /** The ids of the checks both failed, in protocol order. */
  public List<String> sharedFailedChecks() {
    return sharedChecks.stream().map(SharedCheck::checkId).toList();
  }

  public Component component(Factor f) {
    return components.stream().filter(c -> c.factor() == f).findFirst().orElseThrow();
  }

  Precedent ranked(int rank) {
    return new Precedent(
        rank,
        record,
        score,
        components,
        sharedChecks,
        sharedWords,
        sameCategory,
        sameActivity,
        sharedRoles,
        sharedLayers);
  }

  Precedent withWords(List<String> words) {
    return new Precedent(
        rank,
        record,
        score,
        components,
        sharedChecks,
        words,
        sameCategory,
        sameActivity,
        sharedRoles,
        sharedLayers);
  }
}
