package org.setsafe.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks of a file's header row that every reader makes, and what follows a bad header. */
public final class HeaderCheck {
  private HeaderCheck() {}

  /**
   * An error when the header names a column twice (any case; empty names aside): which column's
   * values would count is then a guess, so every row of the file is rejected.
   */
  public static Diagnostic repeated(RowSource in) {
    List<String> header = in.header();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (h.isEmpty()) {
        continue;
      }
      Integer before = first.putIfAbsent(h.toLowerCase(java.util.Locale.ROOT), i + 1);
      if (before != null) {
        return Diagnostic.error(
            in.name(),
            in.headerLine(),
            i + 1,
            h,
            "the header names column '"
                + h
                + "' twice (columns "
                + before
                + " and "
                + (i + 1)
                + "), so which values count is unclear; every row is rejected (rename or remove"
                + " one of them)");
      }
    }
    return null;
  }

  /**
   * A warning for each value of {@code row} under a header cell that is empty: the column has no
   * name, so its values are not read, and nobody should think they were.
   */
  public static List<Diagnostic> valuesWithoutAHeader(RowSource in, RawRow row) {
    List<String> header = in.header();
    List<Diagnostic> out = new java.util.ArrayList<>();
    for (int i = 0; i < header.size() && i < row.size(); i++) {
      if (header.get(i).isEmpty() && !row.get(i).isEmpty()) {
        Diagnostic d =
            Diagnostic.warning(
                in.name(),
                row.line(),
                i + 1,
                null,
                Shown.value(row.get(i))
                    + " stands under an empty header cell: the column has no name, so the value is"
                    + " not read (name the column, or move the value)");
        out.add(in.sheet() == null ? d : d.inSheet(in.sheet()));
      }
    }
    return out;
  }

  /**
   * Reads the rest of {@code in}, every row counted and rejected with {@code reason} (reported
   * once, at the header, not again for each row).
   */
  public static void rejectAll(
      RowSource in, FileStats stats, IngestListener listener, Diagnostic reason) {
    for (RawRow row = in.next(); row != null; row = in.next()) {
      stats.countRead();
      listener.rejected(
          stats.file(),
          row,
          Diagnostic.error(stats.file(), row.line(), 0, null, "not read: " + reason.message()));
      stats.countRejected();
    }
    stats.finish(in, listener);
  }
}
