package org.setsafe.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An incident together with everything recorded about it: people, checks, outcomes, sources and the
 * actions that followed.
 */
public record IncidentRecord(
    Incident incident,
    List<Involvement> people,
    List<CheckResult> checks,
    List<LegalOutcome> outcomes,
    List<Source> sources,
    List<CorrectiveAction> actions) {

  public IncidentRecord {
    Objects.requireNonNull(incident, "incident");
    people = List.copyOf(people);
    checks = List.copyOf(checks);
    outcomes = List.copyOf(outcomes);
    sources = List.copyOf(sources);
    actions = List.copyOf(actions);
    String id = incident.id();
    for (Involvement p : people) {
      InvalidValueException.check(
          p.incidentId().equals(id), "incident_id", "person belongs to " + p.incidentId());
    }
    for (CheckResult c : checks) {
      InvalidValueException.check(
          c.incidentId().equals(id), "incident_id", "check belongs to " + c.incidentId());
    }
    for (LegalOutcome o : outcomes) {
      InvalidValueException.check(
          o.incidentId().equals(id), "incident_id", "outcome belongs to " + o.incidentId());
    }
    for (CorrectiveAction a : actions) {
      InvalidValueException.check(
          a.incidentId().equals(id), "incident_id", "action belongs to " + a.incidentId());
    }
    for (Source s : sources) {
      InvalidValueException.check(
          s.incidentId().equals(id), "incident_id", "source belongs to " + s.incidentId());
    }
    long killed = 0;
    long injured = 0;
    for (Involvement p : people) {
      killed += p.harm() == Harm.KILLED ? 1 : 0;
      injured += p.harm() == Harm.INJURED ? 1 : 0;
    }
    InvalidValueException.check(
        killed == 0 || killed == incident.fatalities(),
        "fatalities",
        id
            + ": fatalities is "
            + incident.fatalities()
            + " but "
            + killed
            + " people are marked killed");
    InvalidValueException.check(
        incident.injuries() == null || injured <= incident.injuries(),
        "injuries",
        id
            + ": injuries is "
            + incident.injuries()
            + " but "
            + injured
            + " people are marked injured");
  }

  /** A record without follow-up actions. */
  public IncidentRecord(
      Incident incident,
      List<Involvement> people,
      List<CheckResult> checks,
      List<LegalOutcome> outcomes,
      List<Source> sources) {
    this(incident, people, checks, outcomes, sources, List.of());
  }

  public static IncidentRecord of(Incident incident) {
    return new IncidentRecord(incident, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public String id() {
    return incident.id();
  }

  /** Where this incident's follow-up stands as of {@code asOf} (see {@link FollowUp#of}). */
  public FollowUp followUp(LocalDate asOf) {
    return FollowUp.of(actions, asOf);
  }

  /** The checks that failed (or were not performed). */
  public List<CheckResult> failedChecks() {
    return checks.stream().filter(c -> c.status().failure()).toList();
  }
}
