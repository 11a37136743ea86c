package org.setsafe.read;

import java.util.List;

/**
 * One data row as read from an input (a CSV record or a spreadsheet row), with where it starts.
 * Values are stripped of surrounding whitespace; a missing trailing value reads as empty.
 *
 * @param line where the row starts: the physical line of a CSV file, the row number of a sheet
 * @param raw the row's text as it stood in the input, every character and quote as it was (for
 *     {@code rejects.csv}), or null when the source does not keep it
 * @param notes what reading the row found about it: errors that make it unusable (a quote followed
 *     by other text, a value over the size limit) and warnings (control characters removed); the
 *     readers report them with the row's other problems
 */
public record RawRow(long line, String[] values, String raw, List<Diagnostic> notes) {

  public RawRow {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public RawRow(long line, String[] values, String raw) {
    this(line, values, raw, List.of());
  }

  public RawRow(long line, String[] values) {
    this(line, values, null, List.of());
  }

  public String get(int index) {
    return index < values.length ? values[index] : "";
  }

  public int size() {
    return values.length;
  }
}
