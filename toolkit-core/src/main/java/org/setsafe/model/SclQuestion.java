package org.setsafe.model;

/**
 * The four questions of the Safety Classification and Learning model, as its sources define them
 * (see {@link SclClass}).
 */
public enum SclQuestion implements Coded {
  /** Was high energy present (about 500 ft-lbf or more, e.g. a fall of 4 ft or more)? */
  HIGH_ENERGY("High energy present", "Was high energy present?"),
  /**
   * Was there a high-energy incident: the energy released (no longer contained or under control),
   * with a person in contact with it or within reach (6 ft)?
   */
  HIGH_ENERGY_INCIDENT("High-energy incident", "Was the energy released with someone in reach?"),
  /**
   * Was a serious injury sustained: life-ending, life-threatening or life-altering (not the same as
   * "went to hospital")?
   */
  SERIOUS_INJURY("Serious injury", "Was a serious injury sustained?"),
  /**
   * Was a direct control present: one that targets the energy, works when installed, verified and
   * used, and survives an unintentional human error (a safety meeting is not one)?
   */
  DIRECT_CONTROL("Direct control present", "Was a direct control present?");

  private final String label;
  private final String question;

  SclQuestion(String label, String question) {
    this.label = label;
    this.question = question;
  }

  @Override
  public String label() {
    return label;
  }

  /** The question as asked. */
  public String question() {
    return question;
  }
}
