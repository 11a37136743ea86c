package org.setsafe.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that fits a terminal width: columns keep their natural width while it fits;
 * otherwise the widest wrappable columns are narrowed evenly and their cells wrapped at spaces. Ids
 * and numbers never wrap, so a very narrow terminal can still get a wider table.
 */
public final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private static final int MIN_WIDTH = 10;

  private final boolean[] rightAligned;
  private final boolean[] noWrap;
  private final boolean[] flex;
  private static final int FLEX_MIN_WIDTH = 18;

  public TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
    this.rightAligned = new boolean[headers.size()];
    this.noWrap = new boolean[headers.size()];
    this.noWrap[0] = true;
    this.flex = new boolean[headers.size()];
  }

  /** Marks the column of long free text that should give way first when the table is too wide. */
  public TextTable flex(int column) {
    flex[column] = true;
    return this;
  }

  /** Keeps a column at its natural width (ids, dates, numbers); the first column never wraps. */
  public TextTable noWrap(int column) {
    noWrap[column] = true;
    return this;
  }

  /** Right-aligns a column of numbers (which then never wraps). */
  public TextTable alignRight(int column) {
    rightAligned[column] = true;
    noWrap[column] = true;
    return this;
  }

  public TextTable add(List<String> row) {
    List<String> r = new ArrayList<>(row.size());
    for (String v : row) {
      r.add(v == null ? "" : v);
    }
    rows.add(r);
    return this;
  }

  public int size() {
    return rows.size();
  }

  public String render(int maxWidth) {
    int n = headers.size();
    int[] w = new int[n];
    for (int c = 0; c < n; c++) {
      w[c] = headers.get(c).length();
      for (List<String> r : rows) {
        w[c] = Math.max(w[c], r.get(c).length());
      }
    }
    int total = (n - 1) * 2;
    int[] min = new int[n];
    for (int c = 0; c < n; c++) {
      total += w[c];
      min[c] =
          noWrap[c]
              ? w[c]
              : Math.min(
                  w[c], Math.max(flex[c] ? FLEX_MIN_WIDTH : MIN_WIDTH, headers.get(c).length()));
    }
    // The flexible column (long free text) gives way first, down to a readable width.
    for (int c = 0; c < n && total > maxWidth; c++) {
      if (flex[c]) {
        int cut = Math.min(total - maxWidth, Math.max(0, w[c] - FLEX_MIN_WIDTH));
        w[c] -= cut;
        total -= cut;
      }
    }
    // Then narrow the widest wrappable column one character at a time, so widths even out.
    while (total > maxWidth) {
      int widest = -1;
      for (int c = 0; c < n; c++) {
        if (w[c] > min[c] && (widest < 0 || w[c] > w[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        break;
      }
      w[widest]--;
      total--;
    }
    StringBuilder b = new StringBuilder();
    line(b, headers, w);
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      rule.add("-".repeat(w[c]));
    }
    line(b, rule, w);
    for (List<String> r : rows) {
      line(b, r, w);
    }
    return b.toString();
  }

  private void line(StringBuilder b, List<String> cells, int[] w) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> l =
          cells.get(c).length() <= w[c] ? List.of(cells.get(c)) : Text.wrap(cells.get(c), w[c]);
      wrapped.add(l);
      height = Math.max(height, l.size());
    }
    for (int h = 0; h < height; h++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        String v = h < wrapped.get(c).size() ? wrapped.get(c).get(h) : "";
        if (c > 0) {
          line.append("  ");
        }
        line.append(rightAligned[c] ? Text.padLeft(v, w[c]) : Text.pad(v, w[c]));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
