package org.setsafe.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.setsafe.model.Category;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolException;

/**
 * Names the hazard a description speaks of, from the protocols: each protocol that applies to
 * hazard categories (not a general one) lends them its {@link Protocol#hazardWords} and its checks'
 * signals. A hazard word found in the description (matched as signals are, but a negation does not
 * cancel it: "no trains would come" still speaks of trains) scores one point for each of its words
 * ("fell from" two, "ladder" one); a check of the protocol that the description suggests failed
 * ({@link CheckSuggester}) scores {@link #CHECK_POINTS}. The category with the most points is
 * named, with the words that scored; on a tie the first in {@link Category} order (firearm before
 * stunt before fall from height) wins. A description with no point names nothing. A protocol's
 * {@link Protocol#hazardNotWhen} phrases cancel its hazard words in the sentence that holds one
 * ("the electric department's paperwork"): they name no hazard there. A hazard word's own {@link
 * Protocol#hazardWordNotWhen} phrases cancel that word alone in their sentence ("car park" cancels
 * "car", not "van", in "a van reversed in the car park").
 */
public final class HazardReader {
  /** Points for a suggested failure of a check of a hazard's protocol. */
  static final int CHECK_POINTS = 2;

  private final CheckSuggester suggester;

  /** Per protocol with categories: its categories and its hazard words analysed. */
  private final List<ProtocolWords> protocols = new ArrayList<>();

  /** Check id to the categories of its protocol (only protocols with categories). */
  private final Map<String, List<Category>> checkCategories = new HashMap<>();

  private record ProtocolWords(
      List<Category> categories,
      List<List<String>> words,
      List<List<String>> notWhen,
      Map<List<String>, List<List<String>>> wordNotWhen) {}

  HazardReader(ProtocolCatalog catalog, CheckSuggester suggester) {
    this.suggester = suggester;
    for (Protocol p : catalog.protocols()) {
      if (p.general() || p.categories().isEmpty()) {
        continue;
      }
      List<Category> cats = List.copyOf(p.categories());
      // "horse" and "horses" read alike: one point, not two
      List<List<String>> words =
          new ArrayList<>(new LinkedHashSet<>(suggester.analysed(p.hazardWords())));
      List<List<String>> notWhen = suggester.analysed(p.hazardNotWhen());
      for (int k = 0; k < notWhen.size(); k++) {
        for (int j = 0; j < words.size(); j++) {
          if (Collections.indexOfSubList(words.get(j), notWhen.get(k)) >= 0) {
            throw new ProtocolException(
                p.id()
                    + ": the hazard_not_when phrase '"
                    + p.hazardNotWhen().get(k)
                    + "' reads as '"
                    + String.join(" ", notWhen.get(k))
                    + "', which the hazard word '"
                    + String.join(" ", words.get(j))
                    + "' holds: it would cancel that word wherever it matches");
          }
        }
      }
      Map<List<String>, List<List<String>>> wordNotWhen = new HashMap<>();
      for (Map.Entry<String, List<String>> e : p.hazardWordNotWhen().entrySet()) {
        List<List<String>> analysedWord = suggester.analysed(List.of(e.getKey()));
        if (analysedWord.isEmpty()) {
          continue; // a word with no word left matches nothing
        }
        List<String> word = analysedWord.get(0);
        List<List<String>> phrases = new ArrayList<>();
        for (String phrase : e.getValue()) {
          List<String> terms =
              suggester.analysed(List.of(phrase)).stream().findFirst().orElse(null);
          if (terms == null) {
            throw new ProtocolException(
                p.id()
                    + ": the not_when phrase '"
                    + phrase
                    + "' of the hazard word '"
                    + e.getKey()
                    + "' has no word left after analysis (only stop words or numbers)");
          }
          phrases.add(terms);
        }
        for (int k = 0; k < phrases.size(); k++) {
          if (Collections.indexOfSubList(word, phrases.get(k)) >= 0) {
            throw new ProtocolException(
                p.id()
                    + ": the not_when phrase '"
                    + e.getValue().get(k)
                    + "' of the hazard word '"
                    + e.getKey()
                    + "' reads as '"
                    + String.join(" ", phrases.get(k))
                    + "', which the word holds: it would cancel the word wherever it matches");
          }
        }
        wordNotWhen.computeIfAbsent(word, k -> new ArrayList<>()).addAll(phrases);
      }
      protocols.add(new ProtocolWords(cats, words, notWhen, wordNotWhen));
      p.checks().forEach(c -> checkCategories.put(c.id(), cats));
    }
  }

  /** A reader for the protocols of {@code catalog}. */
  public static HazardReader of(ProtocolCatalog catalog) {
    return CheckSuggester.of(Objects.requireNonNull(catalog, "catalog")).hazards();
  }

  /** The reader of the bundled protocols (built once). */
  public static HazardReader bundled() {
    return CheckSuggester.bundled().hazards();
  }

  /**
   * The hazard the description of {@code r} speaks of, where the record names none (its category is
   * {@code other}); empty when it names one or the words speak of none.
   */
  public Optional<InferredHazard> read(IncidentRecord r) {
    if (r.incident().category() != Category.OTHER) {
      return Optional.empty();
    }
    return read(CheckSuggester.description(r));
  }

  /**
   * {@code r} with the hazard its description speaks of as its category, marked inferred with the
   * words ({@link org.setsafe.model.Incident#categoryEvidence}), where the record names none;
   * {@code r} itself otherwise.
   */
  public IncidentRecord withHazard(IncidentRecord r) {
    Optional<InferredHazard> h = read(r);
    if (h.isEmpty()) {
      return r;
    }
    return new IncidentRecord(
        r.incident().withInferredCategory(h.get().category(), h.get().evidence()),
        r.people(),
        r.checks(),
        r.outcomes(),
        r.sources(),
        r.actions());
  }

  /** The hazard {@code text} speaks of, with its words; empty when it speaks of none. */
  public Optional<InferredHazard> read(String text) {
    Scores s = score(text);
    Category best = null;
    for (Map.Entry<Category, Integer> e : s.points().entrySet()) {
      if (best == null || e.getValue() > s.points().get(best)) {
        best = e.getKey();
      }
    }
    if (best == null || s.spans().get(best).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new InferredHazard(best, s.analysed().quoted(s.spans().get(best))));
  }

  /** The points of each category for a text (for tests and tuning), in category order. */
  Map<Category, Integer> points(String text) {
    return score(text).points();
  }

  private record Scores(
      CheckSuggester.Analysed analysed,
      Map<Category, Integer> points,
      Map<Category, List<int[]>> spans) {}

  private Scores score(String text) {
    CheckSuggester.Analysed a = suggester.analyse(text);
    Map<Category, Integer> points = new EnumMap<>(Category.class);
    Map<Category, List<int[]>> spans = new EnumMap<>(Category.class);
    for (ProtocolWords p : protocols) {
      Set<Integer> cancelled = new HashSet<>();
      for (int[] span : a.spans(p.notWhen())) {
        cancelled.add(a.sentenceOf(span[0]));
      }
      for (List<String> phrase : p.words()) {
        List<int[]> found = new ArrayList<>(a.spans(List.of(phrase)));
        found.removeIf(span -> cancelled.contains(a.sentenceOf(span[0])));
        List<List<String>> own = p.wordNotWhen().get(phrase);
        if (own != null && !found.isEmpty()) {
          Set<Integer> ownCancelled = new HashSet<>();
          for (int[] span : a.spans(own)) {
            ownCancelled.add(a.sentenceOf(span[0]));
          }
          found.removeIf(span -> ownCancelled.contains(a.sentenceOf(span[0])));
        }
        if (!found.isEmpty()) {
          for (Category c : p.categories()) {
            points.merge(c, phrase.size(), Integer::sum);
            spans.computeIfAbsent(c, k -> new ArrayList<>()).addAll(found);
          }
        }
      }
    }
    for (Suggestion s : suggester.suggest(a, false)) {
      for (Category c : checkCategories.getOrDefault(s.checkId(), List.of())) {
        points.merge(c, CHECK_POINTS, Integer::sum);
        List<int[]> found = new ArrayList<>();
        for (String w : s.words()) {
          int at = text.indexOf(w);
          if (at >= 0) {
            found.add(new int[] {at, at + w.length()});
          }
        }
        spans.computeIfAbsent(c, k -> new ArrayList<>()).addAll(found);
      }
    }
    return new Scores(a, points, spans);
  }
}
