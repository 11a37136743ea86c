package org.setsafe.compare;

import org.setsafe.model.Coded;

/** How a protocol check fared across the incidents being compared. */
public enum Spread implements Coded {
  /** Every compared incident failed it (or did not perform it). */
  FAILED_IN_ALL("Failed in all"),
  /** At least one compared incident failed it, but not all. */
  FAILED_IN_SOME("Failed in some"),
  /** Assessed for at least one incident, failed in none. */
  FAILED_IN_NONE("Failed in none");

  private final String label;

  Spread(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
