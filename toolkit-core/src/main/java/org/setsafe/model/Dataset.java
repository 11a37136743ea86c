package org.setsafe.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An in-memory set of incident records, keyed by id in insertion order. For small datasets. */
public final class Dataset {
  private final Map<String, IncidentRecord> records = new LinkedHashMap<>();

  public Dataset() {}

  public Dataset(Collection<IncidentRecord> records) {
    records.forEach(this::add);
  }

  /** Adds or replaces the record with the same id. */
  public void add(IncidentRecord record) {
    records.put(record.id(), record);
  }

  public List<IncidentRecord> records() {
    return List.copyOf(records.values());
  }

  public Optional<IncidentRecord> get(String id) {
    return Optional.ofNullable(records.get(id));
  }

  public int size() {
    return records.size();
  }

  /**
   * Finds records by what a user typed: an exact id (any case), else a unique id prefix, else title or
   * production words. Returns every candidate; one element means a unique match.
   */
  public List<IncidentRecord> find(String query) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    for (IncidentRecord r : records.values()) {
      if (r.id().toLowerCase(Locale.ROOT).equals(q)) {
        return List.of(r);
      }
    }
    List<IncidentRecord> byPrefix = new ArrayList<>();
    for (IncidentRecord r : records.values()) {
      if (r.id().toLowerCase(Locale.ROOT).startsWith(q)) {
        byPrefix.add(r);
      }
    }
    if (!byPrefix.isEmpty()) {
      return byPrefix;
    }
    List<IncidentRecord> byWords = new ArrayList<>();
    for (IncidentRecord r : records.values()) {
      String text = (r.incident().title() + " " + r.incident().production()).toLowerCase(Locale.ROOT);
      if (containsWords(text, q)) {
        byWords.add(r);
      }
    }
    return byWords;
  }

  private static boolean containsWords(String text, String query) {
    List<String> words = List.of(text.split("[^\\p{L}\\p{N}]+"));
    boolean any = false;
    for (String w : query.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        if (!words.contains(w)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Ids that look like {@code query}, closest first, for "did you mean" hints. */
  public List<String> suggest(String query, int max) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    return records.values().stream()
        .map(IncidentRecord::id)
        .sorted((a, b) -> Integer.compare(distance(q, a.toLowerCase(Locale.ROOT)), distance(q, b.toLowerCase(Locale.ROOT))))
        .limit(max)
        .toList();
  }

  /** Edit distance between the query and the closest same-length window of the id (so prefixes count). */
  static int distance(String query, String id) {
    int best = levenshtein(query, id);
    for (String part : id.split("_")) {
      best = Math.min(best, levenshtein(query, part));
    }
    return best;
  }

  private static int levenshtein(String a, String b) {
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
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
