package org.setsafe.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.data.WordLists;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * The words of a log's headers and values: which field a header names (with common synonyms and
 * abbreviations), which category, activity or severity a value names, and which check a header
 * speaks of. The word lists are text resources beside this class ({@code header-names.txt}, {@code
 * category-words.txt}, ...; see {@link WordLists}).
 */
final class HeaderWords {
  private HeaderWords() {}

  /** Lower case, punctuation as spaces (a {@code #} kept), spaces collapsed. */
  static String normalise(String header) {
    StringBuilder b = new StringBuilder();
    for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(Character.isLetterOrDigit(c) || c == '#' ? c : ' ');
    }
    return b.toString().trim().replaceAll("\\s+", " ");
  }

  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : normalise(text).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- names of fields

  /** Headers (normalised) that name each field, the commonest first ({@code header-names.txt}). */
  static final Map<String, List<String>> NAMES =
      WordLists.sections(HeaderWords.class, "header-names.txt");

  /** Headers that name the parts of a follow-up action ({@code action-names.txt}). */
  static final Map<String, List<String>> ACTION_NAMES =
      WordLists.sections(HeaderWords.class, "action-names.txt");

  // ---------------------------------------------------------------- words of values

  /** Words of a value that name a category, an activity, a severity (the first match wins). */
  static final Map<String, List<String>> CATEGORY_WORDS =
      WordLists.sections(HeaderWords.class, "category-words.txt");

  static final Map<String, List<String>> ACTIVITY_WORDS =
      WordLists.sections(HeaderWords.class, "activity-words.txt");
  static final Map<String, List<String>> SEVERITY_WORDS =
      WordLists.sections(HeaderWords.class, "severity-words.txt");

  /** The class whose words a value says (whole words), or null. */
  static String classify(String value, Map<String, List<String>> words) {
    String v = " " + normalise(value) + " ";
    for (Map.Entry<String, List<String>> e : words.entrySet()) {
      for (String w : e.getValue()) {
        if (v.contains(" " + w + " ")) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- checks

  /** Words of a header left out when matching it to a check. */
  private static final Set<String> STOP =
      Set.copyOf(WordLists.entries(HeaderWords.class, "check-stop-words.txt"));

  /** Words that say the bad thing happened: a Y in such a column means the check failed. */
  static final Set<String> BAD =
      Set.copyOf(WordLists.entries(HeaderWords.class, "check-bad-words.txt"));

  /** Words that say a check was done: a Y in such a column means the check passed. */
  static final Set<String> DONE =
      Set.copyOf(WordLists.entries(HeaderWords.class, "check-done-words.txt"));

  /** A header's word, and the word it stands for when matched to a check. */
  private static final Map<String, String> SYNONYMS =
      WordLists.pairs(HeaderWords.class, "check-synonyms.txt");

  private static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words(text)) {
      if (STOP.contains(w)) {
        continue;
      }
      String s = SYNONYMS.getOrDefault(w, w);
      out.add(s);
      if (s.length() > 4 && s.endsWith("s")) {
        out.add(s.substring(0, s.length() - 1));
      }
    }
    return out;
  }

  /** A header's words, with what a log means by them: rounds are ammunition. */
  private static Set<String> headerStems(String header) {
    Set<String> out = stems(header);
    if (out.contains("round")) {
      out.add("ammunition");
    }
    return out;
  }

  /** A check a column's header names, with how sure the match is. */
  record CheckMatch(ProtocolCheck check, int score, List<String> words) {}

  static CheckMatch matchCheck(String header, ProtocolCatalog catalog, Set<String> taken) {
    Set<String> h = headerStems(header);
    h.removeAll(BAD);
    CheckMatch best = null;
    for (ProtocolCheck c : catalog.checks()) {
      Set<String> title = stems(c.title());
      Set<String> id = stems(c.id().replace('_', ' '));
      Set<String> rule = stems(c.rule());
      int score = 0;
      List<String> matched = new ArrayList<>();
      for (String w : h) {
        int s = (title.contains(w) ? 2 : 0) + (id.contains(w) ? 2 : 0) + (rule.contains(w) ? 1 : 0);
        if (s > 0) {
          matched.add(w);
          score += s;
        }
      }
      if (score >= 2 && !taken.contains(c.id()) && (best == null || score > best.score())) {
        best = new CheckMatch(c, score, matched);
      }
    }
    return best;
  }

  static boolean named(ColumnProfile p, List<String> names) {
    return names.contains(p.norm) || containsName(p.norm, names);
  }

  /** Whether a header holds one of the names as whole words ("Follow-up owner" holds "owner"). */
  static boolean containsName(String norm, List<String> names) {
    String h = " " + norm + " ";
    for (String n : names) {
      if (n.length() >= 3 && h.contains(" " + n + " ")) {
        return true;
      }
    }
    return false;
  }
}
