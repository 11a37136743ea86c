package org.setsafe.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.setsafe.data.WordLists;

/**
 * Lists of phrases by section, read from a resource file, matched in a text after the one English
 * analysis of {@link Words} (so "fell from the roof" and "fell off a roof" both hold "fell roof").
 * A phrase matches where its words follow each other in the text, stop words aside, and no negation
 * ("no", "not", "never", "without", "nobody", ...) comes just before it, unless the phrase itself
 * begins with one ("without a harness"). The phrases of the section {@code [ignore]} are found
 * first, and no other phrase may use their words ("fire alarm" is no fire, "discharged from
 * hospital" no gunshot).
 *
 * <p>The list is a {@link WordLists} resource: one phrase a line under {@code [section]} headers.
 */
final class Lexicon {
  /** A phrase of a section, as written and as analysed. */
  record Phrase(String text, List<String> terms) {}

  /** A phrase found in a text, with where it stands. */
  record Match(String section, Phrase phrase, int start, int end, String words) {}

  static final String IGNORE = "ignore";
  private static final int NEGATION_BEFORE = 2;

  private final Map<String, List<Phrase>> sections;
  private final Set<String> negations = new HashSet<>();

  private Lexicon(Map<String, List<Phrase>> sections) {
    this.sections = sections;
    for (String w :
        List.of(
            "no", "not", "never", "without", "nobody", "none", "didn't", "wasn't", "weren't",
            "hadn't", "isn't", "zero", "neither", "nor")) {
      negations.addAll(Words.terms(w));
    }
  }

  /** Reads a lexicon from a word list beside this class ({@link WordLists#sections}). */
  static Lexicon resource(String name) {
    Map<String, List<Phrase>> sections = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : WordLists.sections(Lexicon.class, name).entrySet()) {
      List<Phrase> phrases = new ArrayList<>();
      for (String l : e.getValue()) {
        List<String> terms = Words.terms(l);
        if (terms.isEmpty()) {
          throw new IllegalStateException(
              name + ": [" + e.getKey() + "] '" + l + "' has no word left after analysis");
        }
        phrases.add(new Phrase(l, terms));
      }
      sections.put(e.getKey(), phrases);
    }
    return new Lexicon(sections);
  }

  /** The section names, in file order. */
  Set<String> sections() {
    return sections.keySet();
  }

  /**
   * Every phrase of every section found in {@code text}, by section in file order; a span is found
   * once per section, however many of its phrases analyse alike.
   */
  List<Match> find(String text) {
    List<Words.Token> tokens = Words.tokens(text);
    String[] terms = new String[tokens.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = tokens.get(i).term();
    }
    boolean[] masked = new boolean[terms.length];
    Set<String> present = new HashSet<>(Arrays.asList(terms));
    List<Match> out = new ArrayList<>();
    for (Phrase p : sections.getOrDefault(IGNORE, List.of())) {
      if (absent(present, p)) {
        continue;
      }
      for (int i = 0; i + p.terms().size() <= terms.length; i++) {
        if (matches(terms, masked, i, p.terms())) {
          for (int j = i; j < i + p.terms().size(); j++) {
            masked[j] = true;
          }
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, List<Phrase>> e : sections.entrySet()) {
      if (e.getKey().equals(IGNORE)) {
        continue;
      }
      for (Phrase p : e.getValue()) {
        if (absent(present, p)) {
          continue;
        }
        boolean selfNegated = negations.contains(p.terms().get(0));
        for (int i = 0; i + p.terms().size() <= terms.length; i++) {
          if (matches(terms, masked, i, p.terms()) && (selfNegated || !negated(terms, i))) {
            int start = tokens.get(i).start();
            int end = tokens.get(i + p.terms().size() - 1).end();
            if (!seen.add(e.getKey() + " " + start + " " + end)) {
              continue; // "live round" and "live rounds" are one phrase after analysis
            }
            out.add(
                new Match(
                    e.getKey(), p, start, end, text.substring(start, end).replaceAll("\\s+", " ")));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether a phrase's first word is nowhere in the text (then it cannot match: no need to look).
   */
  private static boolean absent(Set<String> present, Phrase p) {
    return !p.terms().isEmpty() && !present.contains(p.terms().get(0));
  }

  private static boolean matches(String[] terms, boolean[] masked, int at, List<String> phrase) {
    for (int j = 0; j < phrase.size(); j++) {
      if (masked[at + j] || !terms[at + j].equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  private boolean negated(String[] terms, int start) {
    for (int i = Math.max(0, start - NEGATION_BEFORE); i < start; i++) {
      if (negations.contains(terms[i])) {
        return true;
      }
    }
    return false;
  }
}
