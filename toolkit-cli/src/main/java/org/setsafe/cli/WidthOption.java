package org.setsafe.cli;

import picocli.CommandLine.Option;

/** {@code --width}: the number of columns to lay text tables out for. */
final class WidthOption {
  static final int MIN = 60;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description =
          "Lay the table out for this many columns (default: $COLUMNS, else 100; at least 60).")
  Integer width;

  /** The width asked for, else the terminal's. */
  int columns() {
    if (width == null) {
      return Terminal.width();
    }
    if (width < MIN) {
      throw new UsageException("--width must be at least " + MIN + " (got " + width + ")");
    }
    return width;
  }
}
