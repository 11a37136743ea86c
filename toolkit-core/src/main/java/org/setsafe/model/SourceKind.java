package org.setsafe.model;

/**
 * What kind of body published a source. A {@link Confidence#CONFIRMED confirmed} finding rests on
 * an {@link #official() official} source: a court, a regulator or an official investigator.
 */
public enum SourceKind implements Coded {
  COURT("Court (judgment, order, docket, verdict)"),
  REGULATOR("Regulator (citation, inspection, settlement)"),
  INVESTIGATOR("Official investigator (NTSB, police, prosecutor, coroner, inquiry)"),
  LEGISLATURE("Legislature (bill, statute)"),
  FILING("A party's filing (complaint, motion, affidavit)"),
  PRESS("Press (news report, trial reporting)"),
  INDUSTRY("Industry body (union, guild, studio, committee)"),
  LOG("A production's own log"),
  OTHER("Other");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether a finding this source reports can be {@link Confidence#CONFIRMED confirmed}. */
  public boolean official() {
    return this == COURT || this == REGULATOR || this == INVESTIGATOR;
  }
}
