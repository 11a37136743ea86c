package org.setsafe.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.Fixtures;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;
import org.setsafe.read.RawRow;

/** Reads a fixture and keeps everything: records, diagnostics, rejects, accounting. */
public final class Reading {
  public final List<IncidentRecord> records = new ArrayList<>();
  public final Diagnostics diagnostics = new Diagnostics();
  public final List<String> rejects = new ArrayList<>();
  final List<String> rejectReasons = new ArrayList<>();
  public final IngestResult result;

  private Reading(List<Path> paths, ImportOptions options) {
    IngestListener l =
        new IngestListener() {
          @Override
          public void report(Diagnostic d) {
            diagnostics.report(d);
          }

          @Override
          public void rejected(String file, RawRow row, Diagnostic reason) {
            rejects.add(file + ":" + row.line());
            rejectReasons.add(reason.toString());
          }
        };
    result = new Ingest(options, ProtocolCatalog.bundled()).read(paths, l, records::add);
  }

  public static Reading of(String fixture) {
    return new Reading(List.of(Fixtures.path(fixture)), ImportOptions.DEFAULT);
  }

  public static Reading of(Path file, ImportOptions options) {
    return new Reading(List.of(file), options);
  }

  public static Reading of(String fixture, ImportOptions options) {
    return new Reading(List.of(Fixtures.path(fixture)), options);
  }

  public List<String> errors() {
    return diagnostics.list().stream()
        .filter(Diagnostic::isError)
        .map(Diagnostic::toString)
        .toList();
  }

  /** Warnings, each as printed. */
  List<String> warnings() {
    return diagnostics.list().stream().filter(d -> !d.isError()).map(Diagnostic::toString).toList();
  }

  /**
   * Errors with the file shown by name only, so assertions do not depend on where fixtures live.
   */
  public List<String> errorsByName() {
    return diagnostics.list().stream()
        .filter(Diagnostic::isError)
        .map(d -> d.toString().substring(d.file().lastIndexOf('/') + 1))
        .toList();
  }
}
