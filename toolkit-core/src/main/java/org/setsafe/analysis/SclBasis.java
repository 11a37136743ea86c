package org.setsafe.analysis;

import org.setsafe.model.Coded;

/** What an answer of the SCL classification rests on, from the firmest to none. */
public enum SclBasis implements Coded {
  /** A column of the log that records the answer itself (mapped onto the answer's field). */
  RECORDED("recorded in the log"),
  /** The result of a protocol check that is a direct control (passed or failed). */
  CHECK("a check's result"),
  /** The incident's severity (a death, a near miss). */
  SEVERITY("the severity"),
  /** The words of the description: phrases and numbers, shown with the answer. */
  WORDS("the words"),
  /** The incident's hazard category: setsafe's presumption for it. */
  HAZARD("the hazard"),
  /** Nothing recorded or written decides it: the answer is unknown. */
  NONE("nothing");

  private final String label;

  SclBasis(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
