package org.setsafe.compare;

import java.util.Objects;

/**
 * One part of a precedent's score.
 *
 * @param similarity how alike the two incidents are on this factor, 0 to 1
 */
public record Component(Factor factor, double similarity) {
  public Component {
    Objects.requireNonNull(factor, "factor");
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException(
          "similarity must be between 0 and 1 (was " + similarity + ")");
    }
  }

  /** What this part adds to the score: weight times similarity. */
  public double points() {
    return factor.weight() * similarity;
  }
}
