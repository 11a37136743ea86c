package org.setsafe.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words by which setsafe recognises kinds of injury in what a log records ({@code nature}, {@code
 * body_part}) or in a description: a fracture, an amputation, the loss of an eye, a part of the
 * body. Each kind is a list of phrases, matched whole-word and in any case ({@code ice} matches
 * "ice and rest", not "police"). The lists are data ({@code data/rules/}), not code.
 */
public record InjuryWords(Map<String, List<String>> lists) {

  /** Significant diagnosed conditions, always recordable (29 CFR 1904.7(b)(7)). */
  public static final String SIGNIFICANT = "significant";

  public static final String AMPUTATION = "amputation";
  public static final String LOSS_OF_EYE = "loss_of_eye";
  public static final String DISFIGUREMENT = "disfigurement";
  public static final String FRACTURE = "fracture";

  /** Fingers, thumbs and toes: a fracture of these is not a RIDDOR specified injury. */
  public static final String DIGIT = "digit";

  /** The parts whose amputation RIDDOR specifies: arm, hand, finger, thumb, leg, foot, toe. */
  public static final String LIMB = "limb";

  /** Injuries RIDDOR may specify, depending on what the words leave unsaid (burns, crushing). */
  public static final String MAYBE_SPECIFIED = "maybe_specified";

  /** A head injury or asphyxia, the causes RIDDOR names for a loss of consciousness. */
  public static final String HEAD_OR_ASPHYXIA = "head_or_asphyxia";

  /** The treatments OSHA's list calls first aid (29 CFR 1904.7(b)(5)(ii)). */
  public static final String FIRST_AID = "first_aid";

  /** The treatments the same paragraph calls medical treatment (stitches, a prescription). */
  public static final String MEDICAL_TREATMENT = "medical_treatment";

  /** A loss of consciousness ("knocked out", "passed out"). */
  public static final String UNCONSCIOUS = "unconscious";

  /** No words at all. */
  public static final InjuryWords NONE = new InjuryWords(Map.of());

  public InjuryWords {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    lists = Map.copyOf(copy);
  }

  /** The phrases of {@code kind}, none when the kind is not defined. */
  public List<String> of(String kind) {
    return lists.getOrDefault(kind, List.of());
  }

  /**
   * The first phrase of {@code kind} that {@code text} holds as whole words, as it stands in the
   * text, or null.
   */
  public String find(String kind, String text) {
    if (text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : of(kind)) {
      int at = indexOfWords(lower, phrase.toLowerCase(Locale.ROOT));
      if (at >= 0) {
        return text.substring(at, at + phrase.length());
      }
    }
    return null;
  }

  /**
   * Where {@code phrase} stands in {@code text} with no letter or digit right before or after it,
   * or -1. Both are lower case.
   */
  public static int indexOfWords(String text, String phrase) {
    if (phrase.isEmpty()) {
      return -1;
    }
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
    }
    return -1;
  }

  /** These words with {@code other}'s lists added (a kind in both has both lists, these first). */
  public InjuryWords with(InjuryWords other) {
    Map<String, List<String>> m = new LinkedHashMap<>(lists);
    other.lists.forEach(
        (k, v) ->
            m.merge(
                k,
                v,
                (a, b) -> {
                  List<String> all = new java.util.ArrayList<>(a);
                  b.stream().filter(p -> !all.contains(p)).forEach(all::add);
                  return all;
                }));
    return new InjuryWords(m);
  }
}
