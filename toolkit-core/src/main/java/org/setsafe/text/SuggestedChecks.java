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
 */
public record SuggestedChecks(IncidentRecord record, List<Suggestion> suggestions) {
  public SuggestedChecks {
    Objects.requireNonNull(record, "record");
    suggestions = List.copyOf(suggestions);
  }

  /** The result the record already has for a suggested check, if any. */
  public Optional<CheckResult> recorded(String checkId) {
    return record.checks().stream().filter(c -> c.checkId().equals(checkId)).findFirst();
  }
}
