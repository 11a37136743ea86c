package org.setsafe.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.model.Incident;
import org.setsafe.schema.RowContext;

/**
 * The incident ids one command has read, each with where it came first, so that a repeated id is
 * found within a file, across the files of a command, and against the reference data alike.
 *
 * <p>The one rule for a repeated id: the first row that gives an id owns it (with its children in a
 * dataset folder), whether that row is valid or not; every later row with the id is rejected with
 * an error at its id column naming where the id came first. Nothing is silently dropped or
 * replaced, so {@code validate}, {@code import} and {@code report} count the same rows.
 */
public final class SeenIds {
  /** Lines up to 2^40; the file's number above them. */
  private static final int LINE_BITS = 40;

  private final IdIndex index = new IdIndex();
  private final List<String> files = new ArrayList<>();
  private final Map<String, Integer> fileNumbers = new HashMap<>();

  /**
   * Claims the row's id for {@code file}:{@code line}; when another row had it first, reports the
   * repeat as an error on the row. Rows without a valid id claim nothing (their id is an error of
   * its own).
   */
  public void claim(RowContext c, String file) {
    String id = c.text("id");
    if (id == null || !Incident.isValidId(id)) {
      return;
    }
    long first = index.putIfAbsent(id, (long) number(file) << LINE_BITS | c.line());
    if (first < 0) {
      return;
    }
    String firstFile = files.get((int) (first >>> LINE_BITS));
    long firstLine = first & ((1L << LINE_BITS) - 1);
    c.error(
        "id",
        "duplicate id '"
            + id
            + "' ("
            + (!firstFile.equals(file)
                ? "first in " + firstFile + ":" + firstLine
                : firstLine == c.line()
                    ? "this very row was read before: is the file given twice?"
                    : "first on line " + firstLine)
            + ")");
  }

  private int number(String file) {
    Integer n = fileNumbers.get(file);
    if (n == null) {
      n = files.size();
      files.add(file);
      fileNumbers.put(file, n);
    }
    return n;
  }
}
