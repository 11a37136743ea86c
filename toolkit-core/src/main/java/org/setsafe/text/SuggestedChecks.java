package org.setsafe.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;

/**
 * What an incident's description suggests, beside what its record already holds for those checks.
 *
 * @param record the incident as read
 * @param suggestions the checks its words suggest failed, in protocol order
 * @param hazard the hazard its words speak of, where the record names none ({@code other}); null
 *     otherwise or when they speak of none
 */
public record SuggestedChecks(
    IncidentRecord record, List<Suggestion> suggestions, InferredHazard hazard) {
  public SuggestedChecks {
    Objects.requireNonNull(record, "record");
    suggestions = List.copyOf(suggestions);
  }

  /** What the words suggest of a record, with no hazard to name. */
  public SuggestedChecks(IncidentRecord record, List<Suggestion> suggestions) {
    this(record, suggestions, null);
  }

  /** The hazard the words speak of, where the record names none. */
  public Optional<InferredHazard> inferredHazard() {
    return Optional.ofNullable(hazard);
  }

  /** The result the record already has for a suggested check, if any. */
  public Optional<CheckResult> recorded(String checkId) {
    return record.checks().stream().filter(c -> c.checkId().equals(checkId)).findFirst();
  }
}
