package org.setsafe.protocol;

import org.setsafe.model.Coded;

/**
 * The layers of defence of the Human Factors Analysis and Classification System (HFACS), from the
 * organisation down to the act at the sharp end. A failed check is classified by the layer whose
 * defence it is.
 */
public enum HfacsLayer implements Coded {
  ORGANIZATIONAL_INFLUENCES("Organizational influences"),
  UNSAFE_SUPERVISION("Unsafe supervision"),
  PRECONDITIONS("Preconditions for unsafe acts"),
  UNSAFE_ACTS("Unsafe acts");

  private final String label;

  HfacsLayer(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
