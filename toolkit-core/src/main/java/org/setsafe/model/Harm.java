package org.setsafe.model;

/** What happened to a person involved in an incident. */
public enum Harm implements Coded {
  KILLED("Killed"),
  INJURED("Injured"),
  NONE("Not harmed");

  private final String label;

  Harm(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
