package org.setsafe.cli;

import java.util.ArrayList;
import java.util.List;
import org.setsafe.read.FileStats;

/**
 * The next step for a log read without a mapping of which not one row fits setsafe's columns: the
 * {@code mapping draft} command to run, then the command again with {@code --mapping}.
 */
final class DraftHint {
  private DraftHint() {}

  /** One line per such log, or none (a mapping was given, or some rows fitted). */
  static List<String> lines(InputOptions input, List<FileStats> files, String command) {
    List<String> out = new ArrayList<>();
    if (input.mapping != null) {
      return out;
    }
    for (FileStats f : files) {
      if (f.kind() == FileStats.Kind.FLAT_LOG
          && f.read() > 0
          && f.imported() == 0
          && !f.file().equals("<stdin>")) {
        out.add(line(f.file(), command));
      }
    }
    return out;
  }

  /** The line for one log. */
  static String line(String log, String command) {
    String stem = log.replaceAll("\\.(?i:csv|xlsx|txt)$", "");
    String mapping = Args.quote(stem + ".mapping.json");
    return "next: "
        + log
        + " has columns of its own; draft a mapping for them with 'setsafe mapping draft "
        + Args.quote(log)
        + " -o "
        + mapping
        + "', review it, then run 'setsafe "
        + command
        + " "
        + Args.quote(log)
        + " --mapping "
        + mapping
        + "'";
  }

  /** Shell quoting for a path shown in a command line. */
  static final class Args {
    private Args() {}

    static String quote(String s) {
      return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
  }
}
