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
