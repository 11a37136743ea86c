package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.util.Objects;

/**
 * A person or organisation involved in an incident, with their role and what happened to them.
 *
 * @param injury what the log records of the person's injury (care, days lost, body part, who
 *     employs them, when it was reported); {@link Injury#NONE} when nothing is recorded. Only
 *     recorded values: what words suggest is read by the analyses and marked inferred there.
 */
public record Involvement(
    String incidentId, String name, Role role, Harm harm, String note, Injury injury) {
  public Involvement {
    incidentId = required(incidentId, "incident_id");
    name = required(name, "name");
    Objects.requireNonNull(role, "role");
    harm = harm == null ? Harm.NONE : harm;
    note = optional(note);
    injury = injury == null ? Injury.NONE : injury;
  }

  /** A person with nothing recorded of an injury. */
  public Involvement(String incidentId, String name, Role role, Harm harm, String note) {
    this(incidentId, name, role, harm, note, Injury.NONE);
  }
}
