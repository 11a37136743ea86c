package org.setsafe.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Flags every command whose output is data shares: {@code --format} and {@code --debug}. */
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

  @Mixin DebugOption debug;

  boolean json() {
    return format == Format.json;
  }
}
