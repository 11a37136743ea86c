package org.setsafe.cli;

import picocli.CommandLine;

/** The {@code setsafe} command: builds the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = run(args);
    } catch (OutOfMemoryError e) {
      System.err.println("setsafe: out of memory; give Java more with JAVA_OPTS=-Xmx2g (or more) and run again");
      code = ExitCode.INTERNAL;
    }
    System.exit(code);
  }

  /** Runs setsafe with {@code args} and returns the exit code (for tests, without exiting). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    Quiet.init();
    CommandLine cl = new CommandLine(new SetsafeCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    cl.setParameterExceptionHandler(ErrorHandler::usage);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
