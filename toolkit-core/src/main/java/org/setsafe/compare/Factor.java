package org.setsafe.compare;

import org.setsafe.model.Coded;

/**
 * The parts of the precedent similarity measure, each with its weight. The weights add up to 1, so
 * a score is between 0 (nothing in common) and 1 (same failed checks, category, activity, roles and
 * layers). See {@link Precedents} for how each part is measured.
 */
public enum Factor implements Coded {
  /**
   * Jaccard overlap of the sets of failed checks: what went wrong is the strongest sign of a
   * precedent.
   */
  FAILED_CHECKS("Failed checks", Factor.FAILED_CHECKS_WEIGHT),
  /**
   * 1 when the hazard category is the same (a firearm incident is a precedent for a firearm near
   * miss).
   */
  CATEGORY("Category", Factor.CATEGORY_WEIGHT),
  /** 1 when the activity is the same and known (rehearsal, take, between takes, ...). */
  ACTIVITY("Activity", Factor.ACTIVITY_WEIGHT),
  /**
   * Jaccard overlap of the roles involved (people, parties to outcomes, owners of failed checks).
   */
  ROLES("Roles involved", Factor.ROLES_WEIGHT),
  /** Jaccard overlap of the HFACS layers the failed checks belong to. */
  LAYERS("HFACS layers of the failures", Factor.LAYERS_WEIGHT);

  public static final double FAILED_CHECKS_WEIGHT = 0.50;
  public static final double CATEGORY_WEIGHT = 0.20;
  public static final double ACTIVITY_WEIGHT = 0.10;
  public static final double ROLES_WEIGHT = 0.10;
  public static final double LAYERS_WEIGHT = 0.10;

  private final String label;
  private final double weight;

  Factor(String label, double weight) {
    this.label = label;
    this.weight = weight;
  }

  @Override
  public String label() {
    return label;
  }

  public double weight() {
    return weight;
  }
}
