package org.setsafe.model;

/** Where a follow-up action stands. A follow-up recorded without a status is {@link #UNKNOWN}. */
public enum ActionStatus implements Coded {
  OPEN("Open"),
  IN_PROGRESS("In progress"),
  DONE("Done"),
  VERIFIED("Verified (done and checked)"),
  CANCELLED("Cancelled"),
  UNKNOWN("Status not recorded");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The word a table's Status column shows: "Open", "Verified", "Not recorded". */
  public String shortLabel() {
    return switch (this) {
      case OPEN -> "Open";
      case IN_PROGRESS -> "In progress";
      case DONE -> "Done";
      case VERIFIED -> "Verified";
      case CANCELLED -> "Cancelled";
      case UNKNOWN -> "Not recorded";
    };
  }

  /** Whether the action still has to be done: open or in progress. */
  public boolean open() {
    return this == OPEN || this == IN_PROGRESS;
  }

  /** Whether the action was carried out: done or verified. */
  public boolean closed() {
    return this == DONE || this == VERIFIED;
  }
}
