package org.setsafe.model;

/** What a follow-up action is for. */
public enum ActionKind implements Coded {
  CONTAINMENT("Containment (made safe at once)"),
  CORRECTIVE("Corrective (removes the cause)"),
  PREVENTIVE("Preventive (stops it happening elsewhere)");

  private final String label;

  ActionKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
