package org.setsafe.synth;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a generator run wrote: data rows (the header not counted), how many of them carry a fault
 * and of which kind, and the bytes written (header included).
 *
 * @param lines physical lines written, header included (free text with line breaks spans lines)
 */
public record GeneratedLog(
    long rows, long faultyRows, Map<Fault, Long> faults, long bytes, long lines, long seed) {

  public GeneratedLog {
    if (rows < 0 || faultyRows < 0 || faultyRows > rows || bytes < 0) {
      throw new IllegalArgumentException(
          "inconsistent counts: rows " + rows + ", faulty " + faultyRows);
    }
    EnumMap<Fault, Long> copy = new EnumMap<>(Fault.class);
    copy.putAll(faults);
    faults = Collections.unmodifiableMap(copy);
  }

  /** Rows that should validate: every row but the faulty ones. */
  public long validRows() {
    return rows - faultyRows;
  }
}
