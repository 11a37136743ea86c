package org.setsafe.analysis;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.Answer;
import org.setsafe.model.SclQuestion;

/**
 * One of the four answers of an incident's SCL classification, with what it rests on.
 *
 * @param inferred whether the answer is setsafe's reading (of words, of a hazard, of a check only
 *     suggested by words) rather than recorded; inferred answers are shown as such
 * @param reason the answer in words: {@code fell about 1.5 m: a fall of 4 ft or more}
 * @param words the words of the description it rests on, as written (none for a recorded answer)
 */
public record SclAnswer(
    SclQuestion question,
    Answer answer,
    SclBasis basis,
    boolean inferred,
    String reason,
    List<String> words) {
  public SclAnswer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(reason, "reason");
    words = List.copyOf(words);
    if (answer == Answer.UNKNOWN && basis != SclBasis.NONE) {
      throw new IllegalArgumentException("an unknown answer rests on nothing");
    }
  }

  static SclAnswer unknown(SclQuestion q, String reason) {
    return new SclAnswer(q, Answer.UNKNOWN, SclBasis.NONE, false, reason, List.of());
  }

  /** Whether the answer is known (yes or no). */
  public boolean known() {
    return answer.known();
  }
}
