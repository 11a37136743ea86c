package org.setsafe.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
record Run(int exit, String out, String err) {
  static Run of(String... args) {
    return with(cl -> {}, args);
  }

  /** Runs with the command line prepared first (e.g. a subcommand given a fixed clock). */
  static Run with(java.util.function.Consumer<CommandLine> setup, String... args) {
    CommandLine cl = Main.commandLine();
    setup.accept(cl);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
