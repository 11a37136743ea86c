package org.setsafe.analysis;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.setsafe.model.Coded;
import org.setsafe.model.Incident;
import org.setsafe.model.ReportingRule;

/**
 * A report an incident calls for under one rule, with its deadline and where it stands as of a day.
 *
 * @param people the people whose harm calls for the report
 * @param basis why the rule applies, in words ({@code an in-patient hospitalisation})
 * @param possible whether the rule only may apply: the log does not say enough to tell (a burn
 *     whose extent is not recorded, for a rule on burns over 10% of the body)
 * @param inferredFrom the words the deciding fact was read from, or null when it was recorded
 * @param clockFrom when the clock starts: the incident's date and time
 * @param timeKnown whether the incident's time is recorded; if not, the clock starts at the start
 *     of its day (the earliest it can have started)
 * @param due when the report is due, or null when it is due without delay (no fixed time)
 * @param reportedAt the earliest recorded report to the rule's receiver, or null
 */
public record Deadline(
    Incident incident,
    ReportingRule rule,
    List<Casualty> people,
    String basis,
    boolean possible,
    String inferredFrom,
    LocalDateTime clockFrom,
    boolean timeKnown,
    LocalDateTime due,
    Status status,
    LocalDateTime reportedAt) {

  /** Where a report stands: missed (not made in time), open (not made, still in time), met. */
  public enum Status implements Coded {
    MISSED("Missed"),
    OPEN("Open"),
    MET("Met");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public Deadline {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(rule, "rule");
    people = List.copyOf(people);
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(clockFrom, "clockFrom");
    Objects.requireNonNull(status, "status");
  }

  /** Whether a report was recorded, but after the deadline. */
  public boolean late() {
    return status == Status.MISSED && reportedAt != null;
  }

  /** Whether the report is due without delay rather than by a fixed time. */
  public boolean withoutDelay() {
    return due == null;
  }
}
