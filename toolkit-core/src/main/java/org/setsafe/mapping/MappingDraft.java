package org.setsafe.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.InputException;
import org.setsafe.read.RawRow;
import org.setsafe.read.RowSource;
import org.setsafe.read.RowSources;

/**
 * Proposes a mapping for a log from its header and the values it holds: each column matched to an
 * incident field, a check or a follow-up action by its name (with common synonyms and
 * abbreviations) and by its values; value maps from the distinct values seen; the date pattern
 * sniffed from the dates; every column accounted for. Each guess a person should confirm is listed
 * under {@code "review"} with the reason.
 */
public final class MappingDraft {
  /** How many distinct values of a column are kept to build value maps. */
  static final int DISTINCT = 60;

  /** A guess to confirm: about a column (or the whole mapping when {@code column} is null). */
  public record Review(String column, String reason) {
    @Override
    public String toString() {
      return (column == null ? "" : column + ": ") + reason;
    }
  }

  /**
   * The drafted mapping (JSON text, ready to save), its review list, and what it was drawn from.
   */
  public record Result(
      String json,
      List<Review> review,
      int columns,
      long rows,
      int fields,
      int checks,
      int actions,
      int notes) {}

  private MappingDraft() {}

  /**
   * Drafts a mapping for the log at {@code path}, read as import would read it (encoding, sheet,
   * header row).
   *
   * @throws InputException when the log cannot be read or has no header
   */
  public static Result draft(
      Path path, String name, ImportOptions options, ProtocolCatalog catalog) {
    List<ColumnProfile> profiles = new ArrayList<>();
    long rows = 0;
    Diagnostics problems = new Diagnostics(1);
    try (RowSource in =
        RowSources.open(
            path, name, options.charset(), options.sheet(), options.headerRow(), problems)) {
      if (in.header().isEmpty()) {
        throw new InputException(
            problems.hasErrors()
                ? problems.list().get(0).toString()
                : name + ": the file is empty (expected a header row)");
      }
      for (String h : in.header()) {
        profiles.add(new ColumnProfile(h));
      }
      for (RawRow r = in.next(); r != null; r = in.next()) {
        rows++;
        for (int i = 0; i < profiles.size(); i++) {
          profiles.get(i).add(r.get(i));
        }
      }
    }
    Drafter d = new Drafter(profiles, catalog, fileStem(path), options.dateFormat());
    d.draft();
    String json = d.json();
    // the draft must load as a mapping: a draft that cannot is a bug, not the user's problem
    ColumnMapping.parse(name + " (draft)", json, catalog);
    int checks = 0;
    int actions = 0;
    int fields = 0;
    for (String f : d.fieldOf.values()) {
      if (f.startsWith("check:")) {
        checks++;
      } else if (f.startsWith("action:")) {
        actions++;
      } else {
        fields++;
      }
    }
    return new Result(
        json,
        List.copyOf(d.review),
        profiles.size(),
        rows,
        fields,
        checks,
        actions,
        profiles.size() - d.fieldOf.size());
  }

  /** The file's name without its extension. */
  private static String fileStem(Path path) {
    String n = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
