package org.setsafe.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setsafe completion}: the shell completion script, for bash and zsh. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print the shell completion script for bash and zsh.",
      "Completes commands, options, the codes an option takes (categories, severities, roles, ...)"
          + " and file names. Load it in the running shell with 'source <(setsafe completion)', or"
          + " for every new one add that line to ~/.bashrc or ~/.zshrc (zsh loads it through its"
          + " bash compatibility, which the script turns on)."
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(script());
    out.flush();
    return ExitCode.OK;
  }

  /** The script, for the command line with every subcommand. */
  static String script() {
    String script = AutoComplete.bash("setsafe", Main.commandLine());
    // picocli lists a negatable option by its positive name only: add the negative one
    StringBuilder b = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      if (line.contains("compReplyArray \"${MAPPINGjson_option_args[@]}\"")) {
        // --mapping: the bundled mappings' names, and file names as well
        line = line.replace(" ) )", " ) $( compgen -f -- \"${curr_word}\" ) )");
      }
      if (line.contains("local flag_opts=\"")) {
        line =
            line.replaceAll("(?<= |\")" + ReferenceOption.NAME + "(?=[ \"])", "$0 --no-reference");
      }
      b.append(line).append('\n');
    }
    return b.substring(0, b.length() - 1);
  }
}
