package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.check;
import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A corrective or preventive action that followed an incident: what was to be done, by whom, by
 * when, and where it stands.
 *
 * <p>Day counts ({@link #daysOpen}, {@link #daysOverdue}, {@link #daysToClose}) are whole days
 * between two complete dates; where a date is known only to the month or year, or missing, the
 * count is null rather than a guess. Whether an action is overdue is still decided for a partial
 * due date: it is overdue once the last day the date may stand for has passed. The day to count to
 * is always passed in ({@code asOf}); nothing here reads the clock.
 *
 * @param actionId the action's id, unique in a dataset
 * @param kind containment, corrective or preventive; null when not recorded
 * @param owner who is to carry it out (a name or a role, as the log has it), or null
 * @param ownerRole the owner's role where it is one of setsafe's roles, or null
 * @param raisedOn when the action was raised, or null
 * @param dueOn when it is due, or null; never before {@code raisedOn}
 * @param status where it stands; {@link ActionStatus#UNKNOWN} when not recorded
 * @param closedOn when it was done (or cancelled), or null; never before {@code raisedOn}
 * @param verifiedBy who checked that it was done, or null
 * @param sourceUrl where the action is recorded (for the reference data: the rule, bill or
 *     statement), or null
 */
public record CorrectiveAction(
    String incidentId,
    String actionId,
    String action,
    ActionKind kind,
    String owner,
    Role ownerRole,
    PartialDate raisedOn,
    PartialDate dueOn,
    ActionStatus status,
    PartialDate closedOn,
    String verifiedBy,
    String note,
    String sourceUrl) {

  public CorrectiveAction {
    incidentId = required(incidentId, "incident_id");
    actionId = required(actionId, "action_id");
    action = required(action, "action");
    owner = optional(owner);
    verifiedBy = optional(verifiedBy);
    note = optional(note);
    sourceUrl = optional(sourceUrl);
    status = status == null ? ActionStatus.UNKNOWN : status;
    check(
        raisedOn == null || dueOn == null || !dueOn.lastDay().isBefore(raisedOn.firstDay()),
        "due_on",
        "due_on " + dueOn + " is before raised_on " + raisedOn);
    check(
        raisedOn == null || closedOn == null || !closedOn.lastDay().isBefore(raisedOn.firstDay()),
        "closed_on",
        "closed_on " + closedOn + " is before raised_on " + raisedOn);
  }

  /** An action without a recorded source. */
  public CorrectiveAction(
      String incidentId,
      String actionId,
      String action,
      ActionKind kind,
      String owner,
      Role ownerRole,
      PartialDate raisedOn,
      PartialDate dueOn,
      ActionStatus status,
      PartialDate closedOn,
      String verifiedBy,
      String note) {
    this(
        incidentId,
        actionId,
        action,
        kind,
        owner,
        ownerRole,
        raisedOn,
        dueOn,
        status,
        closedOn,
        verifiedBy,
        note,
        null);
  }

  /** Whether it still has to be done (open or in progress). */
  public boolean isOpen() {
    return status.open();
  }

  /**
   * Whether it is not known to be finished: open or in progress, or written without a status and
   * without a closing date (nobody marked it done, so it may still be waiting).
   */
  public boolean isPending() {
    return status.open() || (status == ActionStatus.UNKNOWN && closedOn == null);
  }

  /**
   * Whether it is {@link #isPending pending} after its due date: on {@code asOf}, the last day the
   * due date may stand for has passed. An action past due whose status was never recorded counts as
   * overdue: it is not known to be done. An action without a due date is never overdue.
   */
  public boolean isOverdue(LocalDate asOf) {
    return isPending() && dueOn != null && dueOn.lastDay().isBefore(asOf);
  }

  /**
   * Whole days past the due date on {@code asOf} for an overdue action; null when it is not overdue
   * or its due date is not a complete date.
   */
  public Integer daysOverdue(LocalDate asOf) {
    return isOverdue(asOf) && dueOn.isComplete() ? days(dueOn.firstDay(), asOf) : null;
  }

  /**
   * How long it has been (or was) open: for an open action, the days from raised to {@code asOf};
   * for a done, verified or cancelled one, the days from raised to closed. Null when a date needed
   * is missing or partial, when it was raised after {@code asOf}, and for an action whose status is
   * not recorded (nobody can tell whether it is still open).
   */
  public Integer daysOpen(LocalDate asOf) {
    if (raisedOn == null || !raisedOn.isComplete()) {
      return null;
    }
    LocalDate raised = raisedOn.firstDay();
    if (status.open()) {
      return asOf.isBefore(raised) ? null : days(raised, asOf);
    }
    if (status == ActionStatus.UNKNOWN || closedOn == null || !closedOn.isComplete()) {
      return null;
    }
    return days(raised, closedOn.firstDay());
  }

  /**
   * Days from raised to closed for a done or verified action with both dates complete; otherwise
   * null.
   */
  public Integer daysToClose() {
    if (!status.closed()
        || raisedOn == null
        || closedOn == null
        || !raisedOn.isComplete()
        || !closedOn.isComplete()) {
      return null;
    }
    return days(raisedOn.firstDay(), closedOn.firstDay());
  }

  private static int days(LocalDate from, LocalDate to) {
    return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
  }
}
