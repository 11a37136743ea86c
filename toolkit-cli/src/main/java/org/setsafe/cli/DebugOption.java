package org.setsafe.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} flag alone, for commands whose output is not data. */
final class DebugOption {
  @Option(names = "--debug", description = "Show stack traces for errors.")
  boolean debug;
}
