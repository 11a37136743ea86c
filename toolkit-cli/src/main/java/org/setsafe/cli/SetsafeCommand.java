package org.setsafe.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:bad input data (the problems are listed)",
      "2:usage error (unknown option or incident, no such PATH, ...)",
      "3:internal error"
    })
public final class SetsafeCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. They are not in the annotation so that a run
   * builds only the one it needs: picocli reflects on every command it is given, which costs
   * start-up time.
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("validate", ValidateCommand::new);
    m.put("import", ImportCommand::new);
    m.put("list", ListCommand::new);
    m.put("show", ShowCommand::new);
    m.put("classify", ClassifyCommand::new);
    m.put("actions", ActionsCommand::new);
    m.put("due", DueCommand::new);
    m.put("osha", OshaCommand::new);
    m.put("protocols", ProtocolsCommand::new);
    m.put("report", ReportCommand::new);
    m.put("compare", CompareCommand::new);
    m.put("precedents", PrecedentsCommand::new);
    m.put("suggest", SuggestCommand::new);
    m.put("risk", RiskCommand::new);
    m.put("mapping", MappingCommand::new);
    m.put("data", DataCommand::new);
    m.put("generate", GenerateCommand::new);
    m.put("completion", CompletionCommand::new);
    return Collections.unmodifiableMap(m);
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

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
