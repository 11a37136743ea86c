package org.setsafe.cli;

import picocli.CommandLine.Option;

/** Flags every command shares. */
final class CommonOptions {
  /** Output formats for results that are data. */
  enum Format {
    table,
    json
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--debug", description = "Show stack traces for errors.")
  boolean debug;

  boolean json() {
    return format == Format.json;
  }
}
