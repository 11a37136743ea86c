package org.setsafe.read;

import java.util.Objects;

/**
 * One problem found in an input file, located by physical line (1-based, where the row starts) and
 * column (1-based field position, with the header name). Prints as {@code file:line:column: name:
 * message}; in a spreadsheet, where {@code line} is the row of the sheet, as {@code
 * file.xlsx:Sheet1!C7: name: message}. Values from the data in the message are cut to a short
 * excerpt and their invisible characters named by code point (see {@link Shown}).
 *
 * @param column 1-based field position, or 0 when the problem concerns the whole row or file
 * @param columnName the header of that column, or null
 * @param sheet the sheet of a spreadsheet the problem is on, or null for a text file
 */
public record Diagnostic(
    String file,
    long line,
    int column,
    String columnName,
    String message,
    Level level,
    String sheet) {

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

  /** A problem in a text file (no sheet). */
  public Diagnostic(
      String file, long line, int column, String columnName, String message, Level level) {
    this(file, line, column, columnName, message, level, null);
  }

  public static Diagnostic error(
      String file, long line, int column, String columnName, String message) {
    return new Diagnostic(file, line, column, columnName, message, Level.ERROR);
  }

  public static Diagnostic warning(
      String file, long line, int column, String columnName, String message) {
    return new Diagnostic(file, line, column, columnName, message, Level.WARNING);
  }

  /** The same problem, placed on a sheet of the file. */
  public Diagnostic inSheet(String sheetName) {
    return new Diagnostic(file, line, column, columnName, message, level, sheetName);
  }

  /**
   * A listener that places every diagnostic about {@code file} on {@code sheet} before passing it
   * on; {@code listener} itself when {@code sheet} is null (a text file). Readers of a sheet report
   * through it, so that only this class knows how a sheet location is written.
   */
  public static IngestListener locatedIn(String sheet, String file, IngestListener listener) {
    if (sheet == null) {
      return listener;
    }
    return new IngestListener() {
      @Override
      public void report(Diagnostic d) {
        listener.report(place(d));
      }

      @Override
      public void rejected(String f, RawRow row, Diagnostic reason) {
        listener.rejected(f, row, place(reason));
      }

      private Diagnostic place(Diagnostic d) {
        return d.sheet == null && d.file.equals(file) ? d.inSheet(sheet) : d;
      }
    };
  }

  public boolean isError() {
    return level == Level.ERROR;
  }

  /**
   * Where, as {@code file:line:column} (line and column left out when not known), or for a sheet
   * {@code file:Sheet!C7} (the cell), {@code file:Sheet!7} (the row) or {@code file:Sheet}.
   */
  public String location() {
    StringBuilder b = new StringBuilder(file);
    if (sheet != null) {
      b.append(':').append(sheetReference(sheet));
      if (line > 0) {
        b.append('!');
        if (column > 0) {
          b.append(columnLetters(column));
        }
        b.append(line);
      }
      return b.toString();
    }
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.toString();
  }

  /** A sheet name as a formula writes it: quoted when it is not a plain word. */
  static String sheetReference(String sheet) {
    if (sheet.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
      return sheet;
    }
    return "'" + sheet.replace("'", "''") + "'";
  }

  /** A 1-based column number as a spreadsheet's letters: 1 is A, 27 is AA. */
  public static String columnLetters(int column) {
    StringBuilder b = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      b.insert(0, (char) ('A' + (c - 1) % 26));
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
