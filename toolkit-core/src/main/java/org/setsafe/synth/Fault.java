package org.setsafe.synth;

import org.setsafe.model.Coded;

/**
 * A fault that {@code --dirty} puts into a generated row, as real logs have them. Every fault makes
 * the row invalid, so {@code validate} and {@code import} reject exactly the faulty rows; none of
 * them breaks the CSV itself (an unterminated quote would end the file, which hides rows instead of
 * rejecting them).
 */
public enum Fault implements Coded {
  /** A date that does not exist, such as {@code 2019-02-30}. */
  IMPOSSIBLE_DATE("Impossible date"),
  /** A date in a local format ({@code 21/10/2019}) in a log that declares none. */
  DATE_FORMAT("Date not in yyyy-MM-dd"),
  /** A required value left empty (the production or the title). */
  MISSING_VALUE("Required value missing"),
  /** A category outside the vocabulary ({@code gunfire}). */
  UNKNOWN_CATEGORY("Unknown category"),
  /** A severity outside the vocabulary ({@code minor}). */
  UNKNOWN_SEVERITY("Unknown severity"),
  /** A check cell with a spreadsheet answer ({@code Y}) instead of a status. */
  UNKNOWN_STATUS("Unknown check status"),
  /** A negative injury count. */
  NEGATIVE_COUNT("Negative count"),
  /** A count that is not a number ({@code two}). */
  COUNT_NOT_NUMBER("Count not a number"),
  /** Severity and counts that contradict each other (a near miss with an injury). */
  SEVERITY_MISMATCH("Severity contradicts the counts"),
  /** A missing comma: two unquoted values run together, so the row is one value short. */
  RAGGED_ROW("Missing comma (ragged row)"),
  /** The id of an earlier, valid row used again. */
  DUPLICATE_ID("Duplicate id");

  private final String label;

  Fault(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
