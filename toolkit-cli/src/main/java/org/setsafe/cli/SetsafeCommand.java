package org.setsafe.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code setsafe} command. */
@Command(
    name = "setsafe",
    mixinStandardHelpOptions = true,
    versionProvider = SetsafeCommand.Version.class,
    description = {
      "Film-set safety incident analysis: which safety checks failed, who was responsible, what followed.",
      "With no PATH, commands read the reference dataset of real incidents shipped with setsafe."
    },
    subcommands = {
      ValidateCommand.class,
      ImportCommand.class,
      ListCommand.class,
      ShowCommand.class,
      ProtocolsCommand.class,
      ReportCommand.class,
      CompareCommand.class,
      PrecedentsCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:bad input data (the problems are listed)",
      "2:usage error (unknown option, unknown incident, ...)",
      "3:internal error"
    })
public final class SetsafeCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SetsafeCommand.class.getPackage().getImplementationVersion();
      return new String[] {"setsafe " + (v == null ? "(development build)" : v)};
    }
  }
}
