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

/** Loads what a command works on: the reference dataset, the user's paths, or both. */
final class Inputs {
  private Inputs() {}

  /**
   * Loads the reference dataset (unless {@code noReference}) plus {@code paths}. Problems in the
   * user's files are an input error naming the first one (run {@code validate} for all of them).
   */
  static Dataset load(List<Path> paths, boolean noReference, ImportOptions options) {
    return load(paths, noReference, options, new RedactOption());
  }

  /**
   * As {@link #load(List, boolean, ImportOptions)}, the user's records redacted when {@code redact}
   * is on (the reference never is).
   */
  static Dataset load(
      List<Path> paths, boolean noReference, ImportOptions options, RedactOption redact) {
    if (noReference && paths.isEmpty()) {
      throw new UsageException("--no-reference needs at least one PATH");
    }
    Dataset d = new Dataset();
    // one Ingest for the reference and the paths: an id of the user's that the reference has
    // is reported as a duplicate, never silently replacing the reference's incident
    Ingest ingest = new Ingest(options, ProtocolCatalog.bundled());
    if (!noReference) {
      ingest.readReference(IngestListener.of(x -> {}), d::add);
    }
    if (!paths.isEmpty() && redact.on()) {
      // read apart (an id of the reference's is then not reported as a duplicate of it), and
      // redacted before it joins the reference
      redact.read(paths, options).forEach(d::add);
    } else if (!paths.isEmpty()) {
      Diagnostics problems = new Diagnostics(0);
      ingest.read(paths, problems, d::add);
      problems.requireNoErrors();
    }
    return d;
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
