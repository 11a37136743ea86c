package org.setsafe.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that fits a terminal width: columns keep their natural width while it fits; the
 * widest flexible column is narrowed and its cells wrapped when it does not.
 */
public final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  public TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
    this.rightAligned = new boolean[headers.size()];
  }

  public TextTable alignRight(int column) {
    rightAligned[column] = true;
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
    for (int x : w) {
      total += x;
    }
    while (total > maxWidth) {
      int widest = 0;
      for (int c = 1; c < n; c++) {
        if (w[c] > w[widest]) {
          widest = c;
        }
      }
      if (w[widest] <= 12) {
        break;
      }
      int cut = Math.min(total - maxWidth, w[widest] - 12);
      w[widest] -= cut;
      total -= cut;
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
      List<String> l = cells.get(c).length() <= w[c] ? List.of(cells.get(c)) : Text.wrap(cells.get(c), w[c]);
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
