package org.setsafe.read;

import java.util.List;

/**
 * The one reading path for tabular input: the rows of a CSV file ({@link CsvInput}) or of a
 * spreadsheet's sheet, streamed with a header, each row with where it starts. Problems that stop
 * the reading are reported to the sink given when the source was opened; {@link #next} then returns
 * null and {@link #failed} is true. Every reader of canonical tables and flat logs reads through
 * this interface, so that CSV and spreadsheet input are validated, imported and reported alike.
 */
public interface RowSource extends AutoCloseable {

  /** How diagnostics name the input. */
  String name();

  /**
   * The sheet read, for a spreadsheet; null for a text file. Diagnostics about a sheet's rows are
   * placed on it ({@code log.xlsx:Sheet1!C7}).
   */
  default String sheet() {
    return null;
  }

  /** The workbook's other visible sheets, for a spreadsheet (none for a text file). */
  default List<String> otherSheets() {
    return List.of();
  }

  /** Header names, stripped; empty when the input has no rows at all. */
  List<String> header();

  /** Where the header row is (a line of a CSV file, a row of a sheet). */
  long headerLine();

  /**
   * The next non-blank row, or null at the end (or after a problem that stopped the reading, which
   * has then been reported).
   */
  RawRow next();

  /** Blank rows skipped so far. */
  long blankRows();

  /** Whether reading stopped early because the input could not be read further. */
  boolean failed();

  /**
   * After reading stopped early: the next piece of the input that was not read as rows, as it
   * stands (a physical line of a CSV file, with its number), its values empty and its one note the
   * reason; null when there is no more. Nothing is lost: readers put these in {@code rejects.csv}.
   * Sources that never stop part-way have none.
   */
  default RawRow nextUnread() {
    return null;
  }

  @Override
  void close();
}
