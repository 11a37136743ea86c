package org.setsafe.model;

/** How bad an incident was, from a near miss to a death. Ordered from least to most severe. */
public enum Severity implements Coded {
  NEAR_MISS("Near miss"),
  INJURY("Injury"),
  SERIOUS_INJURY("Serious injury"),
  FATAL("Fatal");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
