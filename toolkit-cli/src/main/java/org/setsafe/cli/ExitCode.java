package org.setsafe.cli;

/** The exit codes of every command. */
final class ExitCode {
  static final int OK = 0;
  static final int BAD_DATA = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private ExitCode() {}
}
