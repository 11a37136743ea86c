package org.setsafe.text;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.Category;
import org.setsafe.model.Incident;

/**
 * The hazard a description's words speak of, for a record that names none.
 *
 * @param category the hazard category
 * @param words the words of the description that name it, as written there (hazard words and the
 *     words of the failed checks of its protocols)
 */
public record InferredHazard(Category category, List<String> words) {
  public InferredHazard {
    Objects.requireNonNull(category, "category");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("an inferred hazard names the words that speak of it");
    }
  }

  /** {@code inferred from the description: "fell"; "ladder"}. */
  public String evidence() {
    return Incident.INFERRED_CATEGORY
        + String.join("; ", words.stream().map(w -> "\"" + w + "\"").toList());
  }
}
