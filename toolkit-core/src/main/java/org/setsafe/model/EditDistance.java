package org.setsafe.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How many single-character edits turn one text into another, for "did you mean": insertions,
 * deletions, substitutions and the swap of two neighbouring letters (optimal string alignment), so
 * {@code --form} is one edit from {@code --from} and two from {@code --format}.
 */
public final class EditDistance {
  private EditDistance() {}

  public static int between(String a, String b) {
    int[] prev2 = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
        }
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The candidates close enough to {@code typed} to be what was meant (any case), the closest
   * first, then in the order given; at most {@code limit}. Close enough: a third of the longer
   * text's letters at most (at least one edit, at most three), or {@code typed} begins the
   * candidate.
   */
  public static List<String> closest(String typed, Collection<String> candidates, int limit) {
    String t = typed.strip().toLowerCase(Locale.ROOT);
    record Scored(String text, int distance, int order) {}
    List<Scored> close = new ArrayList<>();
    int order = 0;
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int d = between(t, lc);
      int allowed = Math.max(1, Math.min(3, Math.max(t.length(), lc.length()) / 3));
      if (d <= allowed || (t.length() >= 3 && lc.startsWith(t))) {
        close.add(new Scored(c, d, order));
      }
      order++;
    }
    return close.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order))
        .limit(limit)
        .map(Scored::text)
        .distinct()
        .toList();
  }
}
