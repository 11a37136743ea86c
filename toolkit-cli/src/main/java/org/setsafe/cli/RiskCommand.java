package org.setsafe.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setsafe risk ...}: scene risk assessments before the shoot. */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    subcommands = {RiskTemplateCommand.class, RiskCheckCommand.class},
    description = {
      "Scene risk assessments before the shoot: one row per hazard of a scene, CSV or XLSX.",
      "'setsafe risk template' writes one to fill, with the controls the protocols expect;"
          + " 'setsafe risk check RA' says, scene by scene, what is not ready and why, and where"
          + " each missing control failed before."
    })
final class RiskCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
