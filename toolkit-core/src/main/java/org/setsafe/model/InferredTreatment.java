package org.setsafe.model;

import java.util.List;
import java.util.Objects;

/**
 * The care someone received as the words of a description tell it ("taken to hospital and
 * discharged the same evening": emergency room), with the words that told it. An inference, never a
 * recorded value: shown as inferred, with its words.
 *
 * @param level the most care the words speak of
 * @param words the words that speak of it, as written, in text order
 */
public record InferredTreatment(Treatment level, List<String> words) {
  public InferredTreatment {
    Objects.requireNonNull(level, "level");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("an inferred treatment needs the words it came from");
    }
  }
}
