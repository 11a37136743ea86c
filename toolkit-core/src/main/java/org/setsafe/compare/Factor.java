package org.setsafe.compare;

import org.setsafe.model.Coded;
import org.setsafe.model.Confidence;

/**
 * The parts of the precedent similarity measure, each with its weight, and the weight of each
 * confidence of a failed check: every number the measure uses is here. The factor weights add up to
 * 1, so a score is between 0 (nothing in common) and 1 (words as alike as the incident is to
 * itself, every failed check also failed with a confirmed finding, same category, activity, roles
 * and layers). See {@link Precedents} for how each part is measured.
 */
public enum Factor implements Coded {
  /**
   * How alike the words are (title, summary, note, evidence of the checks): what a safety officer
   * reads first, and all there is for a near miss logged as text only.
   */
  WORDS("Words", Factor.WORDS_WEIGHT),
  /**
   * The share of the target's failed checks that the candidate also failed, each weighted by how
   * firmly the candidate's failure is established: what went wrong is the strongest sign of a
   * precedent, and a well-documented incident is not penalised for its other failures.
   */
  FAILED_CHECKS("Failed checks", Factor.FAILED_CHECKS_WEIGHT),
  /**
   * 1 when the hazard category is the same (a firearm incident is a precedent for a firearm near
   * miss); "other" never counts as the same.
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

  public static final double WORDS_WEIGHT = 0.40;
  public static final double FAILED_CHECKS_WEIGHT = 0.30;
  public static final double CATEGORY_WEIGHT = 0.15;
  public static final double ACTIVITY_WEIGHT = 0.05;
  public static final double ROLES_WEIGHT = 0.05;
  public static final double LAYERS_WEIGHT = 0.05;

  /**
   * How much a candidate's failure of a shared check counts, by its confidence: a court's or
   * regulator's finding fully, press reporting a little less, a lawsuit's claim and our own reading
   * (or a suggestion from the words) much less.
   */
  public static double confidenceWeight(Confidence c) {
    return switch (c) {
      case CONFIRMED -> 1.0;
      case REPORTED -> 0.85;
      case ALLEGED -> 0.6;
      case INFERRED -> 0.4;
    };
  }

  /**
   * How much one of the target's own failures counts when it is only inferred, e.g. suggested from
   * its description: the words that suggested it already count under {@link #WORDS}, so the
   * suggestion adds a little (it reaches incidents that failed the same check in other words)
   * without outweighing the words.
   */
  public static final double INFERRED_TARGET_WEIGHT = 0.15;

  /**
   * How much one of the target's own failures counts: recorded failures fully, inferred ones at
   * {@link #INFERRED_TARGET_WEIGHT}, so that a guess from the words never weighs like a recorded
   * failure.
   */
  public static double targetWeight(Confidence c) {
    return c == Confidence.INFERRED ? INFERRED_TARGET_WEIGHT : 1.0;
  }

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
