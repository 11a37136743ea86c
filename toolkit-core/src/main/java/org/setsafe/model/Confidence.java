package org.setsafe.model;

/** How firmly a finding is established. */
public enum Confidence implements Coded {
  CONFIRMED("Confirmed finding (regulator, court or official investigation)"),
  REPORTED("Reported (press or trial reporting)"),
  ALLEGED("Alleged (lawsuit or one side's claim)"),
  INFERRED("Inferred from the facts, not a finding");

  private final String label;

  Confidence(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
