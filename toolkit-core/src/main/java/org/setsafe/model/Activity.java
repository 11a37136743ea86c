package org.setsafe.model;

/** What the production was doing when the incident happened. */
public enum Activity implements Coded {
  REHEARSAL("Rehearsal"),
  TAKE("Take"),
  BETWEEN_TAKES("Between takes"),
  PREP_OR_TEST("Preparation or test"),
  SET_CONSTRUCTION("Set construction / strike"),
  TRANSPORT("Transport"),
  OTHER("Other"),
  UNKNOWN("Unknown");

  private final String label;

  Activity(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
