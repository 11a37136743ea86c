package org.setsafe.model;

/** The kind of proceeding an outcome belongs to. */
public enum OutcomeKind implements Coded {
  CRIMINAL("Criminal"),
  REGULATORY("Regulatory"),
  CIVIL("Civil"),
  INQUEST("Inquest / inquiry");

  private final String label;

  OutcomeKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
