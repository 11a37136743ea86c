package org.setsafe.model;

/**
 * Whether a case is an injury or which kind of illness, as the OSHA 300 log's columns M(1) to M(6)
 * and the Injury Tracking Application's {@code type_of_incident} codes 1 to 6 name them.
 */
public enum CaseType implements Coded {
  INJURY("Injury", 1),
  SKIN_DISORDER("Skin disorder", 2),
  RESPIRATORY_CONDITION("Respiratory condition", 3),
  POISONING("Poisoning", 4),
  HEARING_LOSS("Hearing loss", 5),
  OTHER_ILLNESS("All other illnesses", 6);

  private final String label;
  private final int column;

  CaseType(String label, int column) {
    this.label = label;
    this.column = column;
  }

  @Override
  public String label() {
    return label;
  }

  /** The 300 log column M(n) and the ITA's code: 1 for an injury to 6 for all other illnesses. */
  public int column() {
    return column;
  }

  /** Whether this is an illness (a type other than injury). */
  public boolean illness() {
    return this != INJURY;
  }
}
