package org.setsafe.model;

/**
 * The furthest care an injured person received, ordered so that a later one is more: first aid
 * only, medical treatment beyond first aid, an emergency room visit, an in-patient stay. Not known
 * is no value (null where a field holds one). How much care someone had is not how serious the
 * injury was: a night in hospital for observation is not a life-altering injury (see {@link
 * SclQuestion#SERIOUS_INJURY}).
 */
public enum Treatment implements Coded {
  FIRST_AID("First aid only"),
  MEDICAL_TREATMENT("Medical treatment"),
  EMERGENCY_ROOM("Emergency room"),
  IN_PATIENT("In-patient");

  private final String label;

  Treatment(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether this is more care than {@code other}. */
  public boolean moreThan(Treatment other) {
    return compareTo(other) > 0;
  }
}
