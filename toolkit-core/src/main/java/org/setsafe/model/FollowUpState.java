package org.setsafe.model;

/**
 * Where an incident's follow-up stands as of a given day, derived from its actions (see {@link
 * FollowUp#of}). Constants are in order of urgency, most urgent first.
 */
public enum FollowUpState implements Coded {
  /**
   * At least one action not known to be done (open, in progress, or with no status recorded) is
   * past its due date.
   */
  OVERDUE("Overdue"),
  /** At least one action is open or in progress, none past due. */
  OPEN("Open"),
  /**
   * Nothing is open, but at least one action's status was never recorded: it may or may not have
   * been done, so the follow-up is not closed.
   */
  UNKNOWN("Status not recorded"),
  /** No action in force: none recorded, or every one recorded was cancelled. */
  NO_ACTION("No action"),
  /** Every action in force is done or verified, and at least one is not yet verified. */
  CLOSED("Closed (done)"),
  /** Every action in force is verified: done and checked. */
  VERIFIED("Verified");

  private final String label;

  FollowUpState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether something remains to be done or confirmed: overdue, open or not recorded. */
  public boolean pending() {
    return this == OVERDUE || this == OPEN || this == UNKNOWN;
  }
}
