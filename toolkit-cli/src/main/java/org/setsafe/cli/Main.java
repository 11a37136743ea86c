package org.setsafe.cli;

import java.util.function.Supplier;
import picocli.CommandLine;

/** The {@code setsafe} command: builds the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    StandardOutput stdout = StandardOutput.install();
    try {
      code = run(args);
      code = stdout.finish(code, System.err);
    } catch (OutOfMemoryError e) {
      // one clear line instead of the JVM's stack trace; memory is bounded, so this means a small
      // heap
      System.err.printf(
          "setsafe: out of memory (the Java heap is %,d MB); give setsafe more with"
              + " JAVA_OPTS=-Xmx1g%n",
          Runtime.getRuntime().maxMemory() >> 20);
      code = ExitCode.INTERNAL;
    }
    System.exit(code);
  }

  /** Runs setsafe with {@code args} and returns the exit code (for tests, without exiting). */
  public static int run(String... args) {
    CommandLine cl = commandLine(args);
    if (!Pager.wanted(cl, args, System.getenv())) {
      return cl.execute(args);
    }
    java.io.StringWriter text = new java.io.StringWriter();
    cl.setOut(new java.io.PrintWriter(text));
    int code = cl.execute(args);
    Pager.show(text.toString(), System.getenv(), Pager.height(System.getenv()), System.out);
    return code;
  }

  /** The command line with every subcommand. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for {@code args}: when they start with a subcommand's name, only that
   * subcommand is built (start-up time); otherwise all of them, for help, usage errors and
   * suggestions.
   */
  static CommandLine commandLine(String[] args) {
    Quiet.init();
    CommandLine cl = new CommandLine(new SetsafeCommand());
    Supplier<Object> only = args.length > 0 ? SetsafeCommand.SUBCOMMANDS.get(args[0]) : null;
    if (only != null) {
      cl.addSubcommand(only.get());
    } else {
      SetsafeCommand.SUBCOMMANDS.values().forEach(s -> cl.addSubcommand(s.get()));
    }
    CodedOptions.apply(cl);
    InputOptions.applyPathHelp(cl);
    Examples.apply(cl);
    HelpGroups.apply(cl);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    cl.setParameterExceptionHandler(ErrorHandler::usage);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
