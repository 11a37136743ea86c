package org.setsafe.ingest;

/**
 * One CSV record with the physical line it starts on. Values are stripped of surrounding
 * whitespace; a missing trailing value reads as empty.
 */
public record CsvRow(long line, String[] values) {

  public String get(int index) {
    return index < values.length ? values[index] : "";
  }

  public int size() {
    return values.length;
  }
}
