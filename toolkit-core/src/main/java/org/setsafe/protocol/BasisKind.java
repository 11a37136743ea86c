package org.setsafe.protocol;

import org.setsafe.model.Coded;

/** Where a check's rule comes from, and how firmly. */
public enum BasisKind implements Coded {
  BULLETIN_VERBATIM("Safety Bulletin text (confirmed wording)"),
  BULLETIN_DERIVED("Safety Bulletin as reproduced or adapted (exact wording not seen)"),
  PRACTICE("Industry practice"),
  REGULATION("Law, regulation or official standard (its requirement, as the cited page gives it)"),
  REGULATOR_FINDING("Regulator's, court's or prosecutor's finding"),
  REPORTED("Trial or press reporting, an affidavit or a lawsuit's claim (not a finding)");

  private final String label;

  BasisKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
