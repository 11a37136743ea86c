package org.setsafe.analysis;

import java.util.List;
import java.util.TreeSet;

/**
 * The incidents behind a number: a count of items, and the distinct incident ids up to a limit, so
 * memory stays bounded whatever the input size. The ids kept are the {@link #LIMIT} smallest in id
 * order, so the sample does not depend on the order incidents arrive in, and merging samples equals
 * sampling the whole.
 */
public final class IdSample {
  /** How many ids are kept per number. */
  public static final int LIMIT = 50;

  private final TreeSet<String> ids = new TreeSet<>();
  private long count;
  private boolean cut;

  /** Counts one more item of incident {@code id}; the id is listed once however often it comes. */
  public void add(String id) {
    count++;
    keep(id);
  }

  private void keep(String id) {
    if (ids.size() < LIMIT) {
      ids.add(id);
    } else if (!ids.contains(id)) {
      cut = true;
      if (id.compareTo(ids.last()) < 0) {
        ids.pollLast();
        ids.add(id);
      }
    }
  }

  public void merge(IdSample other) {
    other.ids.forEach(this::keep);
    cut |= other.cut;
    count += other.count;
  }

  /** The ids kept, in id order. */
  public List<String> ids() {
    return List.copyOf(ids);
  }

  public long count() {
    return count;
  }

  /**
   * Whether more distinct incidents were counted than {@link #LIMIT}, so {@link #ids()} is a
   * sample.
   */
  public boolean cut() {
    return cut;
  }

  /** The ids joined for a report cell, with a note when the list was cut at {@link #LIMIT}. */
  public String describe() {
    String s = String.join(", ", ids);
    return cut ? s + ", ... (first " + LIMIT + " by id shown)" : s;
  }

  /**
   * The first {@code shown} ids and how many more, for a cell: {@code RUST_2021, CROW_1993 and 27
   * more}; {@code distinct} is the number of distinct incidents when the caller knows it (else -1,
   * and the sample's own count of them is used).
   */
  public String describe(int shown, long distinct) {
    long total = distinct >= 0 ? distinct : cut ? -1 : ids.size();
    return capped(ids(), shown, total);
  }

  /**
   * {@code ids}, the first {@code shown} of them named and the rest counted: {@code A, B and 3
   * more}; {@code total} is how many there are in all (-1: more than listed, number not known).
   */
  public static String capped(List<String> ids, int shown, long total) {
    if (ids.isEmpty()) {
      return null;
    }
    List<String> named = ids.subList(0, Math.min(shown, ids.size()));
    long more = total < 0 ? -1 : total - named.size();
    if (more == 0) {
      if (named.size() == 1) {
        return named.get(0);
      }
      return String.join(", ", named.subList(0, named.size() - 1))
          + " and "
          + named.get(named.size() - 1);
    }
    return String.join(", ", named) + (more < 0 ? " and more" : " and " + more + " more");
  }
}
