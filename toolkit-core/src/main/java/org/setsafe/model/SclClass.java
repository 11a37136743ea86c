package org.setsafe.model;

import java.util.Comparator;

/**
 * The seven classes of the Safety Classification and Learning (SCL) model of the Edison Electric
 * Institute (2019; Hallowell and Spencer, Professional Safety, 2023), from its four questions (see
 * {@link SclQuestion}):
 *
 * <pre>
 * high energy present?
 *   no  -> serious injury?                yes: LSIF      no: low severity
 *   yes -> high-energy incident?
 *          yes -> serious injury?         yes: HSIF
 *                                         no  -> direct control?  yes: capacity  no: PSIF
 *          no  -> direct control?         yes: success   no: exposure
 * </pre>
 *
 * <p>The constants are declared from the most to the least serious ({@link #MOST_SERIOUS_FIRST}): a
 * serious injury or death from high energy, then the high-energy incidents that no direct control
 * stopped (potential SIFs), then a serious injury from low energy, then high energy with no direct
 * control (exposure), a high-energy incident a direct control absorbed (capacity), high energy with
 * its direct control (success), and low energy without a serious injury.
 */
public enum SclClass implements Coded {
  HSIF(
      "HSIF",
      "High-energy serious injury or fatality",
      "a high-energy incident with a serious injury or a death"),
  PSIF(
      "PSIF",
      "Potential serious injury or fatality",
      "a high-energy incident with no direct control; no serious injury, by chance"),
  LSIF("LSIF", "Low-energy serious injury", "a serious injury from low energy"),
  EXPOSURE(
      "Exposure",
      "Exposure",
      "high energy was present with no direct control; it was not released on anyone"),
  CAPACITY(
      "Capacity",
      "Capacity",
      "a high-energy incident that a direct control kept from a serious injury"),
  SUCCESS(
      "Success",
      "Success",
      "high energy was present with its direct control in place; nothing was released"),
  LOW_SEVERITY("Low severity", "Low severity", "low energy and no serious injury");

  /** From the most to the least serious (the declaration order). */
  public static final Comparator<SclClass> MOST_SERIOUS_FIRST = Comparator.naturalOrder();

  private final String shortLabel;
  private final String label;
  private final String meaning;

  SclClass(String shortLabel, String label, String meaning) {
    this.shortLabel = shortLabel;
    this.label = label;
    this.meaning = meaning;
  }

  /** The class as a table cell: {@code HSIF}, {@code PSIF}, {@code Capacity}, ... */
  public String shortLabel() {
    return shortLabel;
  }

  @Override
  public String label() {
    return label;
  }

  /** What the class means, in one phrase. */
  public String meaning() {
    return meaning;
  }

  /**
   * Whether the class is a potential serious injury or fatality in the model's sense: a high-energy
   * incident with no direct control, whether someone was seriously hurt (HSIF) or not (PSIF). These
   * are the events to learn from first; what setsafe's report calls high potential.
   */
  public boolean potentialSif() {
    return this == HSIF || this == PSIF;
  }

  /** Whether someone was seriously injured or killed (HSIF, LSIF). */
  public boolean seriousInjury() {
    return this == HSIF || this == LSIF;
  }

  /** Whether high energy was present (every class but LSIF and low severity). */
  public boolean highEnergy() {
    return this != LSIF && this != LOW_SEVERITY;
  }

  /** Whether this class is more serious than {@code other}. */
  public boolean moreSeriousThan(SclClass other) {
    return compareTo(other) < 0;
  }

  /**
   * The class the four answers give; {@code directControl} matters only for a high-energy event
   * without a serious injury, {@code highEnergyIncident} only where high energy was present.
   */
  public static SclClass of(
      boolean highEnergy,
      boolean highEnergyIncident,
      boolean seriousInjury,
      boolean directControl) {
    if (!highEnergy) {
      return seriousInjury ? LSIF : LOW_SEVERITY;
    }
    if (highEnergyIncident) {
      if (seriousInjury) {
        return HSIF;
      }
      return directControl ? CAPACITY : PSIF;
    }
    return directControl ? SUCCESS : EXPOSURE;
  }
}
