package org.setsafe.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
   * Finds records by what a user typed: an exact id (any case), else a unique id prefix, else title
   * or production words. Returns every candidate; one element means a unique match.
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
      String text =
          (r.incident().title() + " " + r.incident().production()).toLowerCase(Locale.ROOT);
      if (containsWords(text, q)) {
        byWords.add(r);
      }
    }
    return byWords;
  }

  /**
   * Whether every word of the query is a word of the text; a query without words matches nothing.
   */
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

  /**
   * Ids of incidents that look like {@code query}, closest first, for "did you mean" hints: the
   * query is compared (whole, and word by word) with the id, each part of it between underscores
   * (and that part's start, so a mistyped prefix counts), and the words of the title and
   * production. Only close matches are returned (at most 1 edit for words up to 4 characters, 2 up
   * to 8, else 3), so an unrelated query gets none.
   */
  public List<String> suggest(String query, int max) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    // the whole query and each of its words, so "rusty-crowbar" still finds RUST_2021
    List<String> tries = new ArrayList<>();
    tries.add(q);
    for (String w : q.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !tries.contains(w)) {
        tries.add(w);
      }
    }
    record Scored(String id, int distance, int order) {}
    List<Scored> scored = new ArrayList<>();
    int order = 0;
    for (IncidentRecord r : records.values()) {
      String id = r.id().toLowerCase(Locale.ROOT);
      String[] words =
          (r.incident().title() + " " + r.incident().production())
              .toLowerCase(Locale.ROOT)
              .split("[^\\p{L}\\p{N}]+");
      int best = Integer.MAX_VALUE;
      for (String t : tries) {
        int d = distance(t, id);
        for (String w : words) {
          if (!w.isEmpty()) {
            d = Math.min(d, EditDistance.between(t, w));
          }
        }
        int limit = t.length() <= 4 ? 1 : t.length() <= 8 ? 2 : 3;
        if (d <= limit) {
          best = Math.min(best, d);
        }
      }
      if (best != Integer.MAX_VALUE) {
        scored.add(new Scored(r.id(), best, order));
      }
      order++;
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order))
        .limit(max)
        .map(Scored::id)
        .toList();
  }

  /**
   * Edit distance between the query and the id, its parts, or the start of a part as long as the
   * query.
   */
  static int distance(String query, String id) {
    int best = EditDistance.between(query, id);
    for (String part : id.split("_")) {
      best = Math.min(best, EditDistance.between(query, part));
      if (part.length() > query.length()) {
        best = Math.min(best, EditDistance.between(query, part.substring(0, query.length())));
      }
    }
    return best;
  }
}
