package org.setsafe.analysis;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.IncidentRecord;

/** An incident and the people hurt or killed in it, with what happened to each. */
public record IncidentCases(IncidentRecord record, List<Casualty> casualties) {
  public IncidentCases {
    Objects.requireNonNull(record, "record");
    casualties = List.copyOf(casualties);
  }
}
