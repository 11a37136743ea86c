package org.setsafe.model;

/** A yes-or-no answer that may not be known. */
public enum Answer implements Coded {
  YES("Yes"),
  NO("No"),
  UNKNOWN("Unknown");

  private final String label;

  Answer(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Answer of(boolean yes) {
    return yes ? YES : NO;
  }

  public boolean known() {
    return this != UNKNOWN;
  }
}
