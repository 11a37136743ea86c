package org.setsafe.ingest;

import java.util.Objects;

/**
 * One problem found in an input file, located by physical line (1-based, where the row starts) and
 * column (1-based field position, with the header name). Prints as {@code file:line:column: name:
 * message}. Values from the data in the message are cut to a short excerpt and their invisible
 * characters named by code point (see {@link Shown}).
 *
 * @param column 1-based field position, or 0 when the problem concerns the whole row or file
 * @param columnName the header of that column, or null
 */
public record Diagnostic(
    String file, long line, int column, String columnName, String message, Level level) {

  /** Errors reject the row; warnings are reported and the row is kept. */
  public enum Level {
    ERROR,
    WARNING
  }

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(level, "level");
    message = Shown.message(message); // a value from the data never shows whole or invisible
    columnName = columnName == null ? null : Shown.excerpt(columnName);
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  public static Diagnostic error(
      String file, long line, int column, String columnName, String message) {
    return new Diagnostic(file, line, column, columnName, message, Level.ERROR);
  }

  public static Diagnostic warning(
      String file, long line, int column, String columnName, String message) {
    return new Diagnostic(file, line, column, columnName, message, Level.WARNING);
  }

  public boolean isError() {
    return level == Level.ERROR;
  }

  /** Where, as {@code file:line:column} (line and column left out when not known). */
  public String location() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(location()).append(": ");
    if (level == Level.WARNING) {
      b.append("warning: ");
    }
    if (columnName != null) {
      b.append(columnName).append(": ");
    }
    return b.append(message).toString();
  }
}
