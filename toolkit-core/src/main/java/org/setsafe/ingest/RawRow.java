package org.setsafe.ingest;

/**
 * One data row as read from an input (a CSV record or a spreadsheet row), with where it starts.
 * Values are stripped of surrounding whitespace; a missing trailing value reads as empty.
 *
 * @param line where the row starts: the physical line of a CSV file, the row number of a sheet
 * @param raw the row's text as it stood in the input (for {@code rejects.csv}), or null when the
 *     source does not keep it
 */
public record RawRow(long line, String[] values, String raw) {

  public RawRow(long line, String[] values) {
    this(line, values, null);
  }

  public String get(int index) {
    return index < values.length ? values[index] : "";
  }

  public int size() {
    return values.length;
  }
}
