package org.setsafe.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.setsafe.model.InferredTreatment;
import org.setsafe.model.Treatment;

/**
 * The care an injured person had, as the words of a description tell it: the phrases of the {@code
 * [treatment ...]} sections of {@code scl-words.txt} ("first aid", "stitches", "taken to hospital",
 * "kept overnight"), the most care any of them speaks of, with the words that speak of it. A
 * reading, not a record: callers show it as inferred, with its words.
 */
public final class TreatmentWords {
  private static final String SECTION = "treatment ";

  private TreatmentWords() {}

  /** The most care the words of {@code text} speak of, with those words; empty when none. */
  public static Optional<InferredTreatment> infer(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return infer(DescriptionWords.LEXICON.find(text));
  }

  /**
   * The most care {@code found} (the word list's phrases found in one text) speaks of, with its
   * words: for a reader that has looked the text up once for every section.
   */
  static Optional<InferredTreatment> infer(List<Lexicon.Match> found) {
    Treatment level = null;
    List<Lexicon.Match> matches = new ArrayList<>();
    for (Lexicon.Match m : found) {
      if (m.section().startsWith(SECTION)) {
        Treatment t =
            Treatment.valueOf(
                m.section().substring(SECTION.length()).strip().toUpperCase(Locale.ROOT));
        matches.add(m);
        level = level == null || t.moreThan(level) ? t : level;
      }
    }
    if (level == null) {
      return Optional.empty();
    }
    matches.sort(java.util.Comparator.comparingInt(Lexicon.Match::start));
    List<String> words = new ArrayList<>();
    for (Lexicon.Match m : matches) {
      if (!words.contains(m.words())) {
        words.add(m.words());
      }
    }
    return Optional.of(new InferredTreatment(level, words));
  }
}
