package org.setsafe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --debug}: a failure prints its stack trace after the one-line message. Declared here only,
 * and mixed into every command (through {@link CommonOptions} where the output is data); {@link
 * ErrorHandler} reads it.
 */
final class DebugOption {
  static final String NAME = "--debug";

  @Option(names = NAME, description = "Show the stack trace of an error.")
  boolean on;

  /** Whether the command that {@code cl} ran was given {@code --debug}. */
  static boolean given(CommandLine cl) {
    OptionSpec o = cl.getCommandSpec().findOption(NAME);
    return o != null && Boolean.TRUE.equals(o.getValue());
  }
}
