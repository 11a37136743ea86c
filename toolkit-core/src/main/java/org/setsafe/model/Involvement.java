package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.util.Objects;

/** A person or organisation involved in an incident, with their role and what happened to them. */
public record Involvement(String incidentId, String name, Role role, Harm harm, String note) {
  public Involvement {
    incidentId = required(incidentId, "incident_id");
    name = required(name, "name");
    Objects.requireNonNull(role, "role");
    harm = harm == null ? Harm.NONE : harm;
    note = optional(note);
  }
}
