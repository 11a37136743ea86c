package org.setsafe.read;

/** Receives diagnostics as ingest finds them, so a million-row file never holds them all. */
@FunctionalInterface
public interface DiagnosticSink {
  void report(Diagnostic diagnostic);

  /** A sink that drops everything. */
  static DiagnosticSink ignore() {
    return d -> {};
  }
}
