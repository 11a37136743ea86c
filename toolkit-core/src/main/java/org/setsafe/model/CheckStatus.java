package org.setsafe.model;

/** The result of assessing one protocol check for one incident. */
public enum CheckStatus implements Coded {
  FAILED("Failed"),
  PASSED("Passed"),
  NOT_PERFORMED("Not performed"),
  UNKNOWN("Unknown"),
  NOT_APPLICABLE("Not applicable");

  private final String label;

  CheckStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Whether the check was actually assessed (failed, passed or skipped), as opposed to unknown or
   * n/a.
   */
  public boolean assessed() {
    return this == FAILED || this == PASSED || this == NOT_PERFORMED;
  }

  /** A check that was not performed counts as a failure of the protocol. */
  public boolean failure() {
    return this == FAILED || this == NOT_PERFORMED;
  }
}
