package org.setsafe.text;

import java.util.List;
import java.util.Objects;

/**
 * A protocol check whose failure an incident's description suggests.
 *
 * @param checkId the check
 * @param words the words of the description that matched the check's signals, as written there
 */
public record Suggestion(String checkId, List<String> words) {
  public Suggestion {
    Objects.requireNonNull(checkId, "checkId");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a suggestion names the words that matched");
    }
  }
}
