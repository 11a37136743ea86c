package org.setsafe.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.setsafe.protocol.ProtocolException;
import org.setsafe.read.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failure as one line ({@code setsafe: ...}); the stack trace only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean debug = DebugOption.given(cl);
    if (e instanceof UsageException) {
      err.println("setsafe: " + e.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    String message =
        e instanceof InputException || e instanceof ProtocolException
            ? e.getMessage()
            : e instanceof UncheckedIOException u
                ? u.getMessage() + (u.getCause() == null ? "" : ": " + u.getCause().getMessage())
                : "internal error: " + e + (debug ? "" : " (run again with --debug for details)");
    err.println("setsafe: " + message);
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return exitCode(e);
  }

  static int exitCode(Throwable e) {
    if (e instanceof UsageException) {
      return ExitCode.USAGE;
    }
    if (e instanceof InputException
        || e instanceof ProtocolException
        || e instanceof UncheckedIOException) {
      return ExitCode.BAD_DATA;
    }
    return ExitCode.INTERNAL;
  }

  static int usage(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    if (e.getCause() instanceof CommandLine.TypeConversionException) {
      // a value setsafe's converters refused: their message says what would do, in one line
      err.println(
          "setsafe: "
              + e.getMessage()
                  .replaceFirst(
                      "^Invalid value for (?:option|positional parameter at index [0-9.*]+) '?([^':]*)'?: ",
                      "$1: "));
      err.flush();
      return ExitCode.USAGE;
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      err.println("setsafe: " + Suggestions.unmatched(cl, u.getUnmatched().get(0)));
      err.flush();
      return ExitCode.USAGE;
    }
    err.println("setsafe: " + e.getMessage());
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }
}
