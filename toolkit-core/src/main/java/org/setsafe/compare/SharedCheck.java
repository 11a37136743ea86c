package org.setsafe.compare;

import java.util.Objects;
import org.setsafe.model.Confidence;

/**
 * A check that both the target and a precedent failed.
 *
 * @param target how firmly the target's failure is established ({@code inferred} when suggested
 *     from its words)
 * @param precedent how firmly the precedent's failure is established
 * @param similarity what it adds to the failed-checks part, before dividing by the number of the
 *     target's failures
 */
public record SharedCheck(
    String checkId, Confidence target, Confidence precedent, double similarity) {
  public SharedCheck {
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(precedent, "precedent");
  }
}
