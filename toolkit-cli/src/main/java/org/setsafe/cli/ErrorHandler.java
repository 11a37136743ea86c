package org.setsafe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.setsafe.io.FolderLock;
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
    IOException io = ioCause(e);
    String message =
        e instanceof InputException
                || e instanceof ProtocolException
                || e instanceof FolderLock.InUse
            ? e.getMessage()
            : e instanceof UncheckedIOException u
                ? u.getMessage() + (u.getCause() == null ? "" : ": " + reason(u.getCause(), u))
                : io != null
                    ? "cannot read or write a file: " + reason(io)
                    : "internal error: "
                        + e
                        + (debug ? "" : " (run again with --debug for details)");
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
        || e instanceof UncheckedIOException
        || ioCause(e) != null) {
      return ExitCode.BAD_DATA;
    }
    return ExitCode.INTERNAL;
  }

  /**
   * The input or output failure behind {@code e} (a full disk, a closed stream, a permission
   * refused), wherever a library wrapped it; null when there is none: then the failure is
   * setsafe's.
   */
  static IOException ioCause(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof IOException io) {
        return io;
      }
      if (t instanceof UncheckedIOException u) {
        return u.getCause();
      }
    }
    return null;
  }

  /** As {@link #reason(Throwable)}, without the file when {@code around}'s message names it. */
  static String reason(Throwable t, Throwable around) {
    if (t instanceof java.nio.file.FileSystemException f
        && f.getFile() != null
        && around.getMessage() != null
        && around.getMessage().contains(f.getFile())) {
      String r = reason(t);
      return r.startsWith(f.getFile() + ": ") ? r.substring(f.getFile().length() + 2) : r;
    }
    return reason(t);
  }

  /**
   * An input or output failure in a few words: the file and the system's reason ({@code
   * /out/r.xlsx: No space left on device}), never a class name.
   */
  static String reason(Throwable t) {
    if (t instanceof java.nio.file.NoSuchFileException f) {
      return f.getFile() + ": no such file or folder";
    }
    if (t instanceof java.nio.file.AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason();
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      Throwable c = t.getCause();
      return c != null && c != t ? reason(c) : t.getClass().getSimpleName();
    }
    return m;
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
