package org.setsafe.cli;

import java.nio.file.Path;
import java.util.List;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;

/**
 * Loads what a command works on, by {@link ReferenceOption}'s rule: your PATHs are the data, and
 * the reference dataset is history beside them; with no PATH, the reference is the data.
 */
final class Inputs {
  private Inputs() {}

  /**
   * What was read: {@code data} (the PATHs, or the reference dataset when none was given) and
   * {@code history} (the reference dataset beside PATHs, empty with --no-reference or no PATH).
   */
  record Loaded(Dataset data, Dataset history, boolean referenceIsData) {
    /**
     * The one incident {@code query} names: looked up in the data first, then in the history; no
     * match or several are a usage error with the candidates.
     */
    IncidentRecord one(String query) {
      if (!data.find(query).isEmpty() || history.size() == 0) {
        return Inputs.one(data, query);
      }
      if (!history.find(query).isEmpty()) {
        return Inputs.one(history, query);
      }
      Dataset both = new Dataset(data.records());
      history.records().forEach(both::add);
      return Inputs.one(both, query);
    }

    /** Whether {@code r} is the reference dataset's own record. */
    boolean fromReference(IncidentRecord r) {
      return referenceIsData || history.get(r.id()).filter(r::equals).isPresent();
    }
  }

  /**
   * Reads by the command's input options and reference rule; see {@link #load(List, boolean,
   * ImportOptions)}.
   */
  static Loaded load(InputOptions input, ReferenceOption reference) {
    return load(input.paths(), reference.on(), input.toImportOptions());
  }

  /**
   * As {@link #load(InputOptions, ReferenceOption)}, the data redacted when {@code redact} is on;
   * the history (the public, sourced reference dataset) never is.
   */
  static Loaded load(InputOptions input, ReferenceOption reference, RedactOption redact) {
    return load(input.paths(), reference.on(), input.toImportOptions(), redact);
  }

  /**
   * Reads {@code paths} as the data, with the reference dataset as history (unless {@code
   * !reference}); with no path, the reference dataset is the data. Problems in the user's files are
   * an input error naming the first one (run {@code validate} for all of them).
   */
  static Loaded load(List<Path> paths, boolean reference, ImportOptions options) {
    return load(paths, reference, options, new RedactOption());
  }

  /**
   * As {@link #load(List, boolean, ImportOptions)}, the user's records redacted when {@code redact}
   * is on. With no path the reference dataset is the data, and it is not redacted: it is public and
   * sourced.
   */
  static Loaded load(
      List<Path> paths, boolean reference, ImportOptions options, RedactOption redact) {
    if (!reference && paths.isEmpty()) {
      throw new UsageException(
          "--no-reference leaves nothing to read: give a PATH (a log, a workbook or a dataset"
              + " folder)");
    }
    Dataset history = new Dataset();
    // one Ingest for the reference and the paths: an id of the user's that the reference has
    // is reported as a duplicate, never silently shadowing the reference's incident
    Ingest ingest = new Ingest(options, ProtocolCatalog.bundled());
    if (reference) {
      ingest.readReference(IngestListener.of(x -> {}), history::add);
    }
    if (paths.isEmpty()) {
      return new Loaded(history, new Dataset(), true);
    }
    Dataset data = new Dataset();
    if (redact.on()) {
      redact.read(ingest, paths).forEach(data::add);
    } else {
      Diagnostics problems = new Diagnostics(0);
      ingest.read(paths, problems, data::add);
      problems.requireNoErrors();
    }
    return new Loaded(data, history, false);
  }

  /** Resolves a name to exactly one incident, or fails with the candidates. */
  static IncidentRecord one(Dataset d, String query) {
    List<IncidentRecord> found = d.find(query);
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      List<String> close = d.suggest(query, 5);
      throw new UsageException(
          "no incident matches '"
              + query
              + "'"
              + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?")
              + " ('setsafe list' shows them all)");
    }
    StringBuilder b =
        new StringBuilder("'" + query + "' matches " + found.size() + " incidents; say which:");
    List<IncidentRecord> shown = found.subList(0, Math.min(10, found.size()));
    int w = shown.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    for (IncidentRecord r : shown) {
      b.append("\n  ")
          .append(r.id())
          .append(" ".repeat(w - r.id().length() + 2))
          .append(r.incident().title());
    }
    if (found.size() > 10) {
      b.append("\n  ... and ").append(found.size() - 10).append(" more");
    }
    throw new UsageException(b.toString());
  }
}
