package org.setsafe.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setsafe mapping ...}: work with column mappings. */
@Command(
    name = "mapping",
    mixinStandardHelpOptions = true,
    subcommands = {MappingDraftCommand.class},
    description = {
      "Work with column mappings (how a log's headers and values map onto setsafe's fields).",
      "'setsafe mapping draft LOG' proposes one from the log's headers and values."
    })
final class MappingCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
