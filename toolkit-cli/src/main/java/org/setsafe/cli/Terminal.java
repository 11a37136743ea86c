package org.setsafe.cli;

import org.setsafe.cli.text.Style;

/** What the output is connected to. */
final class Terminal {
  private Terminal() {}

  /** Whether standard output is an interactive terminal. */
  static boolean interactive() {
    return System.console() != null;
  }

  /**
   * ANSI colour when standard output is a terminal and {@code NO_COLOR} is not set (no-color.org);
   * plain text for pipes, files and tests.
   */
  static Style style() {
    String noColor = System.getenv("NO_COLOR");
    return interactive() && (noColor == null || noColor.isEmpty()) ? Style.ANSI : Style.PLAIN;
  }

  /** Width to format for: $COLUMNS when set, else 100. */
  static int width() {
    String c = System.getenv("COLUMNS");
    if (c != null) {
      try {
        int w = Integer.parseInt(c.strip());
        if (w >= 40) {
          return w;
        }
      } catch (NumberFormatException ignored) {
        // fall back
      }
    }
    return 100;
  }
}
