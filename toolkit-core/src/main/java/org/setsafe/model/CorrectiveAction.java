package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.check;
import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

/**
 * A corrective or preventive action that followed an incident: what was to be done, by whom, by
 * when, and where it stands.
 *
 * @param actionId the action's id, unique in a dataset
 * @param kind containment, corrective or preventive; null when not recorded
 * @param owner who is to carry it out (a name or a role, as the log has it), or null
 * @param ownerRole the owner's role where it is one of setsafe's roles, or null
 * @param raisedOn when the action was raised, or null
 * @param dueOn when it is due, or null; never before {@code raisedOn}
 * @param status where it stands; {@link ActionStatus#UNKNOWN} when not recorded
 * @param closedOn when it was done, or null; never before {@code raisedOn}
 * @param verifiedBy who checked that it was done, or null
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
    String note) {

  public CorrectiveAction {
    incidentId = required(incidentId, "incident_id");
    actionId = required(actionId, "action_id");
    action = required(action, "action");
    owner = optional(owner);
    verifiedBy = optional(verifiedBy);
    note = optional(note);
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
}
