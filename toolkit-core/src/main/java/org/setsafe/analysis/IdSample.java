package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The incidents behind a number: a count of items, and the distinct incident ids up to a limit, so memory
 * stays bounded whatever the input size.
 */
public final class IdSample {
  /** How many ids are kept per number. */
  public static final int LIMIT = 50;

  private final List<String> ids = new ArrayList<>();
  private long count;

  /** Counts one more item of incident {@code id}; the id is listed once however often it comes. */
  public void add(String id) {
    count++;
    if (ids.size() < LIMIT && !ids.contains(id)) {
      ids.add(id);
    }
  }

  public void merge(IdSample other) {
    for (String id : other.ids) {
      if (ids.size() < LIMIT && !ids.contains(id)) {
        ids.add(id);
      }
    }
    count += other.count;
  }

  public List<String> ids() {
    return List.copyOf(ids);
  }

  public long count() {
    return count;
  }

  /** The ids joined for a report cell, with a note when the list was cut at {@link #LIMIT}. */
  public String describe() {
    String s = String.join(", ", ids);
    return ids.size() == LIMIT ? s + ", ... (first " + LIMIT + " shown)" : s;
  }
}
