package org.setsafe.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each canonical field of a row comes from: its position in the row's value array, and the
 * source column (1-based position and header) that diagnostics should point at.
 */
public final class Layout {
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> sourceColumn = new HashMap<>();
  private final Map<String, String> sourceHeader = new HashMap<>();

  /** A layout where field i is column i of the header. */
  public static Layout ofHeader(List<String> header) {
    Layout l = new Layout();
    for (int i = 0; i < header.size(); i++) {
      l.put(header.get(i), i, i + 1, header.get(i));
    }
    return l;
  }

  public void put(String field, int valueIndex, int column, String header) {
    index.putIfAbsent(field, valueIndex);
    sourceColumn.putIfAbsent(field, column);
    sourceHeader.putIfAbsent(field, header);
  }

  public boolean has(String field) {
    return index.containsKey(field);
  }

  int index(String field) {
    Integer i = index.get(field);
    return i == null ? -1 : i;
  }

  public int column(String field) {
    return sourceColumn.getOrDefault(field, 0);
  }

  String header(String field) {
    return sourceHeader.getOrDefault(field, field);
  }
}
