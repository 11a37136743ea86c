package org.setsafe.read;

/**
 * Hears what ingest finds: every diagnostic, and every row it rejects with the row's raw values.
 */
public interface IngestListener extends DiagnosticSink {

  /**
   * A row was rejected; {@code reason} is the first error (all errors were reported as
   * diagnostics).
   */
  default void rejected(String file, RawRow row, Diagnostic reason) {}

  /** A listener that only passes diagnostics on. */
  static IngestListener of(DiagnosticSink sink) {
    return sink::report;
  }
}
