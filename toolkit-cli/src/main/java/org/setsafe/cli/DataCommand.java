package org.setsafe.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setsafe data ...}: look after the reference dataset. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    subcommands = {DataAuditCommand.class},
    description = {
      "Look after the reference dataset shipped with setsafe.",
      "'setsafe data audit' lists what to recheck before moving the record's as-of date."
    })
final class DataCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
