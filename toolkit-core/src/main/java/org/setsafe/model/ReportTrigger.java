package org.setsafe.model;

/**
 * What makes a reporting rule apply to an incident: something that happened to a person in it. A
 * rule lists the triggers of which any one calls for its report. (A report is recorded on the
 * person it is about, so every trigger is about a person: a rule for near misses could never be
 * met.)
 */
public enum ReportTrigger implements Coded {
  /** A person died. */
  DEATH("a death"),
  /** A person was admitted to hospital as an in-patient. */
  IN_PATIENT("an in-patient hospitalisation"),
  /** A person lost a limb or other external body part. */
  AMPUTATION("an amputation"),
  /** A person lost an eye. */
  LOSS_OF_EYE("the loss of an eye"),
  /** A serious degree of permanent disfigurement (California's serious injury). */
  PERMANENT_DISFIGUREMENT("a serious permanent disfigurement"),
  /** One of RIDDOR's specified injuries to a person at work (RIDDOR 2013, reg. 4(1)). */
  SPECIFIED_INJURY("a specified injury (RIDDOR)"),
  /** Incapacitated for routine work for more than seven days after the day of the accident. */
  OVER_7_DAYS("incapacitation for more than seven days"),
  /** Anyone injured or killed. */
  INJURY("an injury"),
  /** A case recordable on the OSHA 300 log (29 CFR 1904.7). */
  RECORDABLE("an OSHA-recordable case");

  private final String label;

  ReportTrigger(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
