package org.setsafe.model;

/** How a proceeding ended (or where it stands). */
public enum Disposition implements Coded {
  CHARGED("Charged", Group.OPEN),
  CONVICTED("Convicted", Group.CONVICTION),
  PLEADED_GUILTY("Pleaded guilty", Group.CONVICTION),
  PLEADED_NO_CONTEST("Pleaded no contest", Group.CONVICTION),
  ALFORD_PLEA("Alford plea", Group.CONVICTION),
  ACQUITTED("Acquitted", Group.CLEARED),
  DISMISSED("Dismissed", Group.CLEARED),
  DISMISSED_WITH_PREJUDICE("Dismissed with prejudice", Group.CLEARED),
  DROPPED("Dropped", Group.CLEARED),
  DECLINED_TO_PROSECUTE("Declined to prosecute", Group.NOT_PURSUED),
  NOT_CHARGED("Not charged", Group.NOT_PURSUED),
  CLOSED("Closed", Group.NOT_PURSUED),
  CITED("Cited", Group.PENALTY),
  FINED("Fined", Group.PENALTY),
  SETTLED("Settled", Group.SETTLEMENT),
  VERDICT("Verdict for claimant", Group.VERDICT),
  OVERTURNED("Overturned", Group.CLEARED),
  COMPENSATION_PAID("Compensation paid", Group.SETTLEMENT),
  FINDING("Finding", Group.FINDING),
  PENDING("Pending", Group.OPEN),
  UNKNOWN("Unknown", Group.OPEN);

  /** Coarse groups used when counting outcomes. */
  public enum Group {
    CONVICTION,
    CLEARED,
    NOT_PURSUED,
    PENALTY,
    SETTLEMENT,
    VERDICT,
    FINDING,
    OPEN
  }

  private final String label;
  private final Group group;

  Disposition(String label, Group group) {
    this.label = label;
    this.group = group;
  }

  @Override
  public String label() {
    return label;
  }

  public Group group() {
    return group;
  }

  /** A conviction, including guilty, no-contest and Alford pleas. */
  public boolean conviction() {
    return group == Group.CONVICTION;
  }

  /** A plea of any kind. */
  public boolean plea() {
    return this == PLEADED_GUILTY || this == PLEADED_NO_CONTEST || this == ALFORD_PLEA;
  }
}
